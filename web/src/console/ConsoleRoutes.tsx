// 管理后台 (/console): the provincial (and national) console.
import { Link, Route, Routes } from 'react-router';
import { AreaLayout, Page } from '../shared/layout/AreaLayout';
import { RequireStaff } from '../shared/auth/RequireStaff';
import { useAuth } from '../shared/auth/AuthContext';
import { StatisticsPage } from './StatisticsPage';
import { ExportsPage } from './ExportsPage';
import { SeatPlanPage } from './SeatPlanPage';
import { PolicyPage } from './PolicyPage';
import { VenuesPage } from './VenuesPage';
import { NoticesPage } from './NoticesPage';
import { StaffPage } from './StaffPage';
import { SeatMovePage } from './SeatMovePage';
import { AuditLogPage } from './AuditLogPage';
import '../shared/staff/staff.css';

const SECTIONS = [
  { to: '/console/statistics', label: '统计分析', about: '报名人数、分布、趋势图表和审核时效' },
  { to: '/console/exports', label: '报表与导出', about: '统计报告 PDF，报名信息 Excel / CSV 导出' },
  { to: '/console/seat-plan', label: '考场编排', about: '编排座位、查看座位缺口、发布准考证' },
  { to: '/console/seat-moves', label: '调整座位', about: '发布后将一名考生调到空座位，须填写原因' },
  { to: '/console/policy', label: '报名政策', about: '报名与缴费时间、审核方式、报名费' },
  { to: '/console/venues', label: '考区与考点', about: '考区、考点、考场和座位数' },
  { to: '/console/notices', label: '通知公告', about: '发布、编辑和撤下公告' },
  { to: '/console/staff', label: '人员管理', about: '审核员、考务人员账号：新建、改名、停用' },
  { to: '/console/audit', label: '审计日志', about: '工作人员操作和系统任务的记录，按操作、记录和日期筛选' },
];

function Overview() {
  const { me } = useAuth();
  const staff = me?.staff;
  return (
    <Page title="管理后台" lead={`${staff?.displayName ?? ''}（${staff?.roleLabel ?? ''}${staff?.region ? ` · ${staff.region.name}` : ''}）`}>
      {staff?.role === 'REVIEWER' && (
        <p className="alert alert--info">
          审核员账号仅可使用<Link to="/desk">审核工作台</Link>；以下功能需要地区管理员或全国管理员权限。
        </p>
      )}
      <ul className="console-links">
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <Link to={s.to}>
              {s.label}
              <span>{s.about}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link to="/desk">
            报名审核
            <span>审核工作台：待审核队列、逐份和批量审核</span>
          </Link>
        </li>
      </ul>
    </Page>
  );
}

export function ConsoleRoutes() {
  return (
    <RequireStaff>
      <AreaLayout
        area="管理后台"
        nav={[{ to: '/console', label: '概览', end: true }, ...SECTIONS.map((s) => ({ to: s.to, label: s.label })), { to: '/desk', label: '报名审核' }]}
      >
        <Routes>
          <Route index element={<Overview />} />
          <Route path="statistics" element={<StatisticsPage />} />
          <Route path="exports" element={<ExportsPage />} />
          <Route path="seat-plan" element={<SeatPlanPage />} />
          <Route path="policy" element={<PolicyPage />} />
          <Route path="venues" element={<VenuesPage />} />
          <Route path="notices" element={<NoticesPage />} />
          <Route path="staff" element={<StaffPage />} />
          <Route path="seat-moves" element={<SeatMovePage />} />
          <Route path="audit" element={<AuditLogPage />} />
          <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
        </Routes>
      </AreaLayout>
    </RequireStaff>
  );
}
