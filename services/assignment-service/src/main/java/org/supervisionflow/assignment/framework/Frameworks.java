package org.supervisionflow.assignment.framework;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supervisionflow.assignment.department.Department;
import org.supervisionflow.assignment.department.Departments;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.platform.problem.Violations;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;

/** The use cases of indicator frameworks: draft, replace, read, and freeze when a campaign is published. */
@Service
public class Frameworks {

    static final Text FRAMEWORK = Text.of("督察内容分解表", "Framework");

    private final FrameworkStore store;
    private final Departments departments;
    private final Clock clock;

    Frameworks(FrameworkStore store, Departments departments, Clock clock) {
        this.store = store;
        this.departments = departments;
        this.clock = clock;
    }

    @Transactional
    public Framework create(FrameworkDraft draft) {
        check(draft);
        Instant now = clock.instant();
        Framework framework = build(UUID.randomUUID(), draft, now, now, Map.of(), Map.of());
        store.insert(framework);
        return store.load(framework.id()).orElseThrow();
    }

    /**
     * Replaces a draft framework's whole tree. Aspects and items keep their ids when their code stays, so a draft
     * campaign's choice of indicators survives an edit.
     */
    @Transactional
    public Framework replace(UUID id, FrameworkDraft draft) {
        FrameworkStatus status = store.lockStatus(id).orElseThrow(() -> ProblemException.notFound(FRAMEWORK, id));
        if (status != FrameworkStatus.DRAFT) {
            throw ProblemException.conflict("framework-in-use", Text.of(
                    "该督察内容分解表已被已发布的督察任务使用，不能再修改；如需调整，请另建一份。",
                    "A published campaign uses this framework, so it can no longer be changed; create a new one instead."));
        }
        check(draft);
        Framework current = store.load(id).orElseThrow();
        Map<String, UUID> aspectIds = new HashMap<>();
        Map<String, UUID> itemIds = new HashMap<>();
        current.aspects().forEach(aspect -> aspectIds.put(aspect.code(), aspect.id()));
        current.placedItems().forEach(placed -> itemIds.put(placed.item().code(), placed.item().id()));
        Framework replaced = build(id, draft, current.createdAt(), clock.instant(), aspectIds, itemIds);
        store.replace(replaced);
        return store.load(id).orElseThrow();
    }

    /**
     * Creates a draft framework from the office's 督察内容分解表 workbook, all or nothing: any wrong cell refuses the
     * whole sheet with every error by row and cell.
     */
    @Transactional
    public Framework importWorkbook(InputStream workbook, String name, int year, String description) {
        return create(FrameworkWorkbook.read(workbook, name.strip(), year, description, departments.byCode()));
    }

    /** The framework as an .xlsx workbook in the layout {@link #importWorkbook} reads. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook(UUID id) {
        Framework framework = get(id);
        return Sheets.workbook("督察内容分解表", FrameworkWorkbook.header(),
                FrameworkWorkbook.rows(framework, departments.byCode()));
    }

    @Transactional(readOnly = true)
    public Optional<Framework> find(UUID id) {
        return store.load(id);
    }

    public Framework get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound(FRAMEWORK, id));
    }

    public List<FrameworkSummary> list() {
        return store.summaries();
    }

    /** Whether any framework exists at all. */
    public boolean any() {
        return store.any();
    }

    /**
     * Freezes the framework because a campaign is being published from it, and returns its tree as frozen.
     * Called inside the publishing transaction: the row lock keeps a concurrent edit from slipping in between.
     */
    @Transactional
    public Optional<Framework> freezeForPublishing(UUID id) {
        if (store.lockStatus(id).isEmpty()) {
            return Optional.empty();
        }
        store.markInUse(id, clock.instant());
        return store.load(id);
    }

    private void check(FrameworkDraft draft) {
        Map<String, Department> known = departments.byCode();
        Violations violations = new Violations();
        Set<String> aspectCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (int a = 0; a < draft.aspects().size(); a++) {
            FrameworkDraft.AspectDraft aspect = draft.aspects().get(a);
            String aspectPath = "aspects[" + a + "]";
            if (!aspectCodes.add(aspect.code())) {
                violations.add(aspectPath + ".code", Text.of("一级指标编号 " + aspect.code() + " 重复",
                        "Aspect code " + aspect.code() + " is used twice"));
            }
            for (int i = 0; i < aspect.items().size(); i++) {
                checkItem(aspect.items().get(i), aspectPath + ".items[" + i + "]", itemCodes, known, violations);
            }
        }
        violations.throwIfAny("framework-invalid", Text.of("督察内容分解表有误，请修正标出的指标后重试，已保存的内容不受影响。",
                "The framework has errors; correct the indicators listed and try again. Nothing saved was changed."));
    }

    private static void checkItem(FrameworkDraft.ItemDraft item, String path, Set<String> itemCodes,
            Map<String, Department> known, Violations violations) {
        if (!itemCodes.add(item.code())) {
            violations.add(path + ".code", Text.of("二级指标编号 " + item.code() + " 重复",
                    "Item code " + item.code() + " is used twice"));
        }
        checkDepartment(item.leadUnit(), path + ".leadUnit", "牵头单位", "lead unit", known, violations);
        Set<String> coUnits = new HashSet<>();
        for (int c = 0; c < item.coUnits().size(); c++) {
            String coUnit = item.coUnits().get(c);
            String coPath = path + ".coUnits[" + c + "]";
            if (coUnit.equals(item.leadUnit())) {
                violations.add(coPath, Text.of("配合单位不能同时是牵头单位：" + coUnit,
                        "A co-unit cannot also be the lead unit: " + coUnit));
            } else if (!coUnits.add(coUnit)) {
                violations.add(coPath, Text.of("配合单位重复：" + coUnit, "Co-unit listed twice: " + coUnit));
            } else {
                checkDepartment(coUnit, coPath, "配合单位", "co-unit", known, violations);
            }
        }
        Set<String> metricCodes = new HashSet<>();
        for (int m = 0; m < item.metrics().size(); m++) {
            String code = item.metrics().get(m).code();
            if (!metricCodes.add(code)) {
                violations.add(path + ".metrics[" + m + "].code", Text.of("数据项编号 " + code + " 重复",
                        "Metric code " + code + " is used twice"));
            }
        }
    }

    private static void checkDepartment(String code, String path, String roleZh, String roleEn,
            Map<String, Department> known, Violations violations) {
        Department department = known.get(code);
        if (department == null) {
            violations.add(path, Text.of(roleZh + "不是已知部门：" + code, "The " + roleEn + " is not a known department: " + code));
        } else if (!department.active()) {
            violations.add(path, Text.of(roleZh + "已停用：" + department.name(),
                    "The " + roleEn + " is no longer active: " + department.nameEn()));
        }
    }

    private static Framework build(UUID id, FrameworkDraft draft, Instant createdAt, Instant updatedAt,
            Map<String, UUID> aspectIds, Map<String, UUID> itemIds) {
        List<Framework.Aspect> aspects = draft.aspects().stream()
                .map(aspect -> new Framework.Aspect(aspectIds.getOrDefault(aspect.code(), UUID.randomUUID()),
                        aspect.code(), aspect.title().strip(), aspect.items().stream()
                                .map(item -> new Framework.Item(itemIds.getOrDefault(item.code(), UUID.randomUUID()),
                                        item.code(), item.title().strip(), item.requirement().strip(), item.maxPoints(),
                                        item.scoringRule().strip(),
                                        item.metrics().stream().map(FrameworkDraft.MetricDraft::toSpec).toList(),
                                        blankToNull(item.expectedEvidence()), item.leadUnit(), item.coUnits()))
                                .toList()))
                .toList();
        return new Framework(id, draft.name().strip(), draft.year(), blankToNull(draft.description()),
                FrameworkStatus.DRAFT, createdAt, updatedAt, aspects);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
