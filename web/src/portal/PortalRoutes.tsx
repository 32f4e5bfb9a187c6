// 考生服务 (/): the candidate portal, its menu as on the official site.
import { Route, Routes } from 'react-router';
import { AreaLayout, Page, type NavItem } from '../shared/layout/AreaLayout';

export const portalNav: NavItem[] = [
  { to: '/', label: '考生须知', end: true },
  { to: '/plan', label: '考试计划' },
  { to: '/apply', label: '考生报名' },
  { to: '/payment', label: '网上缴费' },
  { to: '/ticket', label: '打印准考证' },
  { to: '/arrangement', label: '考试安排' },
  { to: '/results', label: '成绩查询' },
  { to: '/certificate', label: '证书查询' },
];

export function PortalRoutes() {
  return (
    <AreaLayout area="考生服务" nav={portalNav}>
      <Routes>
        <Route index element={<Page title="考生须知">建设中。</Page>} />
        <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
      </Routes>
    </AreaLayout>
  );
}
