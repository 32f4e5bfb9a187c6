// 审核工作台 (/desk): the review desk. Placeholder of the scaffold; built in the desk branch.
import { Route, Routes } from 'react-router';
import { AreaLayout, Page } from '../shared/layout/AreaLayout';
import { RequireStaff } from '../shared/auth/RequireStaff';

export function DeskRoutes() {
  return (
    <RequireStaff>
      <AreaLayout area="审核工作台" nav={[{ to: '/desk', label: '待审核', end: true }]}>
        <Routes>
          <Route index element={<Page title="审核工作台">建设中。</Page>} />
          <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
        </Routes>
      </AreaLayout>
    </RequireStaff>
  );
}
