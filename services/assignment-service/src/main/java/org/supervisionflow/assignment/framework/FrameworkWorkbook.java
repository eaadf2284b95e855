package org.supervisionflow.assignment.framework;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.http.HttpStatus;
import org.supervisionflow.assignment.department.Department;
import org.supervisionflow.assignment.excel.Sheets;
import org.supervisionflow.platform.problem.ProblemException;
import org.supervisionflow.platform.problem.Text;

/**
 * The office's 督察内容分解表 as an .xlsx sheet: one row per item (二级指标) with its aspect (一级指标; a blank or merged
 * aspect cell continues the one above), points, scoring rule, lead unit, co-units and expected evidence. Columns are
 * found by their header, in Chinese or English; {@code 编号} and {@code 具体要求} are optional (an export has them, so
 * it imports back unchanged). Reading reports every wrong cell at once, by row and cell, and builds nothing then.
 */
final class FrameworkWorkbook {

    /** The columns, in export order, with the header names accepted on import. */
    enum Column {
        ASPECT(true, "一级指标", "aspect", "督察方面", "方面"),
        CODE(false, "编号", "code", "序号"),
        ITEM(true, "二级指标", "item", "督察内容", "督察事项"),
        REQUIREMENT(false, "具体要求", "requirement"),
        POINTS(true, "分值", "points", "分数"),
        SCORING_RULE(true, "评分标准", "scoring rule", "评分细则", "扣分标准"),
        LEAD_UNIT(true, "牵头单位", "lead unit", "责任单位"),
        CO_UNITS(true, "配合单位", "co-units", "协办单位"),
        EXPECTED_EVIDENCE(true, "佐证材料", "expected evidence", "印证材料");

        private final boolean required;
        private final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String header() {
            return names.get(0);
        }

        String english() {
            return names.get(1);
        }
    }

    private static final String CO_UNIT_SEPARATORS = "[、，,;；/\\s]+";

    private FrameworkWorkbook() {
    }

    /** The rows of the framework, as the export writes them (so they import back unchanged). */
    static List<List<Object>> rows(Framework framework, Map<String, Department> departments) {
        List<List<Object>> rows = new ArrayList<>();
        framework.placedItems().forEach(placed -> {
            Framework.Item item = placed.item();
            rows.add(Arrays.asList(placed.aspect().title(), item.code(), item.title(), item.requirement(),
                    item.maxPoints(), item.scoringRule(), name(item.leadUnit(), departments),
                    item.coUnits().stream().map(code -> name(code, departments)).collect(Collectors.joining("、")),
                    item.expectedEvidence()));
        });
        return rows;
    }

    static List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /**
     * Reads the sheet into a draft named {@code name} for {@code year}.
     *
     * @throws ProblemException 422 {@code framework-import-invalid} with {@code errors[]} of row, cell, column and
     *     message in both languages; 422 {@code framework-import-unreadable} for a file that is no workbook
     */
    static FrameworkDraft read(InputStream in, String name, int year, String description,
            Map<String, Department> departments) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook.getSheetAt(0), name, year, description, departments);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.unprocessable("framework-import-unreadable", Text.of(
                    "无法读取该文件，请上传 Excel 工作簿（.xlsx）。", "The file cannot be read; upload an Excel workbook (.xlsx)."));
        }
    }

    private static FrameworkDraft read(Sheet sheet, String name, int year, String description,
            Map<String, Department> departments) {
        ImportErrors errors = new ImportErrors();
        Map<Column, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()), sheet.getFirstRowNum(), errors);
        errors.throwIfAny();
        Map<String, Department> byName = departmentsByName(departments);
        Map<String, List<FrameworkDraft.ItemDraft>> aspects = new LinkedHashMap<>();
        String aspect = null;
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blank(row, columns)) {
                continue;
            }
            RowReader cells = new RowReader(row, r, columns, errors);
            String aspectCell = cells.text(Column.ASPECT);
            if (!aspectCell.isEmpty()) {
                aspect = aspectCell;
            } else if (aspect == null) {
                cells.error(Column.ASPECT, "第一行指标须填写一级指标", "The first item needs its aspect");
            }
            String itemText = cells.required(Column.ITEM, 4000);
            String requirement = cells.text(Column.REQUIREMENT);
            if (!requirement.isEmpty() && itemText != null && itemText.length() > 200) {
                cells.error(Column.ITEM, "填写了具体要求时，二级指标不能超过 200 字",
                        "With a requirement column, an item is limited to 200 characters");
            }
            if (requirement.length() > 4000) {
                cells.error(Column.REQUIREMENT, "具体要求不能超过 4000 字", "A requirement is limited to 4000 characters");
            }
            BigDecimal points = cells.points();
            String rule = cells.required(Column.SCORING_RULE, 4000);
            String lead = cells.department(Column.LEAD_UNIT, cells.text(Column.LEAD_UNIT), byName);
            List<String> coUnits = new ArrayList<>();
            for (String coUnit : cells.text(Column.CO_UNITS).split(CO_UNIT_SEPARATORS)) {
                if (!coUnit.isBlank()) {
                    String code = cells.department(Column.CO_UNITS, coUnit, byName);
                    if (code != null && code.equals(lead)) {
                        cells.error(Column.CO_UNITS, "配合单位不能同时是牵头单位：" + coUnit,
                                "A co-unit cannot also be the lead unit: " + coUnit);
                    } else if (code != null && !coUnits.contains(code)) {
                        coUnits.add(code);
                    }
                }
            }
            String evidence = cells.text(Column.EXPECTED_EVIDENCE);
            if (evidence.length() > 2000) {
                cells.error(Column.EXPECTED_EVIDENCE, "佐证材料不能超过 2000 字", "Expected evidence is limited to 2000 characters");
            }
            if (aspect != null && aspect.length() > 200) {
                cells.error(Column.ASPECT, "一级指标不能超过 200 字", "An aspect is limited to 200 characters");
            }
            if (aspect == null || itemText == null) {
                continue;
            }
            List<FrameworkDraft.ItemDraft> items = aspects.computeIfAbsent(aspect, key -> new ArrayList<>());
            String code = cells.code(aspects.size() + "." + (items.size() + 1));
            boolean ownRequirement = !requirement.isEmpty();
            items.add(new FrameworkDraft.ItemDraft(code, ownRequirement ? itemText : title(itemText),
                    ownRequirement ? requirement : itemText, points, rule, List.of(), evidence, lead == null ? "" : lead,
                    coUnits));
        }
        if (aspects.isEmpty() && errors.isEmpty()) {
            errors.add(sheet.getFirstRowNum() + 1, 0, Column.ITEM, "表中没有任何指标", "The sheet lists no items");
        }
        errors.throwIfAny();
        List<FrameworkDraft.AspectDraft> aspectDrafts = new ArrayList<>();
        aspects.forEach((title, items) -> aspectDrafts.add(
                new FrameworkDraft.AspectDraft(String.valueOf(aspectDrafts.size() + 1), title, items)));
        return new FrameworkDraft(name, year, description, aspectDrafts);
    }

    /** An item's title: its text up to the first full stop when that is short enough, else its first 60 characters. */
    private static String title(String itemText) {
        int stop = itemText.indexOf('。');
        if (itemText.length() <= 200 && stop < 0) {
            return itemText;
        }
        return stop > 0 && stop <= 200 ? itemText.substring(0, stop) : itemText.substring(0, 60) + "…";
    }

    private static Map<Column, Integer> columns(Row header, int rowIndex, ImportErrors errors) {
        Map<Column, Integer> columns = new HashMap<>();
        if (header != null) {
            for (int c = header.getFirstCellNum(); c >= 0 && c < header.getLastCellNum(); c++) {
                String text = Sheets.text(header, c).toLowerCase(Locale.ROOT);
                for (Column column : Column.values()) {
                    if (column.names.contains(text)) {
                        columns.putIfAbsent(column, c);
                    }
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                errors.add(rowIndex, 0, column, "表头缺少“" + column.header() + "”列",
                        "The header row has no \"" + column.english() + "\" column");
            }
        }
        return columns;
    }

    private static boolean blank(Row row, Map<Column, Integer> columns) {
        return row == null || columns.values().stream().allMatch(c -> Sheets.text(row, c).isEmpty());
    }

    private static Map<String, Department> departmentsByName(Map<String, Department> departments) {
        Map<String, Department> byName = new HashMap<>();
        departments.values().forEach(department -> {
            byName.put(department.code(), department);
            byName.put(department.name(), department);
        });
        return byName;
    }

    private static String name(String code, Map<String, Department> departments) {
        return Optional.ofNullable(departments.get(code)).map(Department::name).orElse(code);
    }

    /** Reads the cells of one row, reporting what is wrong with each. */
    private record RowReader(Row row, int index, Map<Column, Integer> columns, ImportErrors errors) {

        String text(Column column) {
            Integer c = columns.get(column);
            return c == null ? "" : Sheets.text(row, c);
        }

        String required(Column column, int maxLength) {
            String text = text(column);
            if (text.isEmpty()) {
                error(column, "“" + column.header() + "”不能为空", "The " + column.english() + " is missing");
                return null;
            }
            if (text.length() > maxLength) {
                error(column, "“" + column.header() + "”不能超过 " + maxLength + " 字",
                        "The " + column.english() + " is limited to " + maxLength + " characters");
                return null;
            }
            return text;
        }

        BigDecimal points() {
            String text = text(Column.POINTS);
            BigDecimal points = Sheets.number(row, columns.get(Column.POINTS));
            if (text.isEmpty()) {
                error(Column.POINTS, "分值不能为空", "The points are missing");
            } else if (points == null || points.signum() <= 0 || points.scale() > 2 || points.compareTo(new BigDecimal("9999.99")) > 0) {
                error(Column.POINTS, "分值须为大于 0 的数字，最多两位小数：" + text,
                        "The points must be a number above 0 with at most two decimals: " + text);
                return null;
            }
            return points;
        }

        String department(Column column, String text, Map<String, Department> byName) {
            if (text.isEmpty()) {
                if (column == Column.LEAD_UNIT) {
                    error(column, "牵头单位不能为空", "The lead unit is missing");
                }
                return null;
            }
            Department department = byName.get(text);
            if (department == null || !department.active()) {
                error(column, "不是已知的部门：" + text, "Not a known department: " + text);
                return null;
            }
            return department.code();
        }

        String code(String generated) {
            String code = text(Column.CODE);
            if (code.isEmpty()) {
                return generated;
            }
            if (!code.matches(FrameworkDraft.CODE_PATTERN)) {
                error(Column.CODE, "编号只能由字母、数字和 . _ - 组成，最多 20 位：" + code,
                        "A code is letters, digits and . _ - only, at most 20: " + code);
                return generated;
            }
            return code;
        }

        void error(Column column, String zh, String en) {
            errors.add(index, columns.getOrDefault(column, 0), column, zh, en);
        }
    }

    /** The wrong cells of one import, in sheet order. */
    private static final class ImportErrors {

        private final List<Map<String, Object>> errors = new ArrayList<>();

        void add(int row, int column, Column which, String zh, String en) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", row + 1);
            error.put("cell", Sheets.cellName(row, column));
            error.put("field", which.english());
            error.put("message", Map.of("zh-CN", "第 " + (row + 1) + " 行 " + Sheets.cellName(row, column) + "：" + zh,
                    "en", "Row " + (row + 1) + ", cell " + Sheets.cellName(row, column) + ": " + en));
            errors.add(error);
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "framework-import-invalid",
                        Text.of("无法导入", "Cannot be imported"),
                        Text.of("分解表有 " + errors.size() + " 处错误，请逐项修正后重新导入；本次未导入任何内容。",
                                "The sheet has " + errors.size() + " errors; correct each and import again. Nothing "
                                        + "was imported."),
                        Map.of("errors", List.copyOf(errors)));
            }
        }
    }
}
