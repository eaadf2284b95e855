// The landing page until the web app arrives: who is logged in, according to GET /api/me, and a logout button.
const ROLE_NAMES = {
  'office-admin': '督察办管理员',
  auditor: '督察员',
  'dept-submitter': '填报员',
  'dept-leader': '部门负责人',
  viewer: '领导查看',
};
const DEPARTMENT_NAMES = { minzheng: '民政局', sifa: '司法局', shichang: '市场监管局', shengtai: '生态环境局' };

function cookie(name) {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(name + '='));
  return entry ? decodeURIComponent(entry.substring(name.length + 1)) : '';
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function showProblem(problem) {
  const status = document.getElementById('status');
  status.className = 'error';
  status.textContent = problem.title + (problem.detail ? '：' + problem.detail : '');
}

async function loadMe() {
  let response;
  try {
    response = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (failure) {
    showProblem({ title: '无法连接服务器', detail: '请检查网络后刷新页面。' });
    return;
  }
  const body = await response.json().catch(() => ({ title: '服务器返回了无法识别的内容', detail: 'HTTP ' + response.status }));
  if (!response.ok) {
    showProblem(body);
    return;
  }
  text('name', body.name || body.username);
  text('username', body.username);
  text('roles', (body.roles || []).map((role) => ROLE_NAMES[role] || role).join('、') || '无');
  text('department', body.department
    ? (DEPARTMENT_NAMES[body.department] || body.department) + '（' + body.department + '）'
    : (body.seesEveryDepartment ? '全部部门' : '未分配'));
  document.getElementById('status').hidden = true;
  document.getElementById('details').hidden = false;
}

document.getElementById('logout-form').addEventListener('submit', (event) => {
  // The gateway checks the CSRF token of its cookie on every POST, logout included.
  event.target.elements._csrf.value = cookie('XSRF-TOKEN');
});

loadMe();
