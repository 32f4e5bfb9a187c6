// 管理后台 (/console): the provincial (and national) console. Placeholder of the scaffold; built in the desk branch.
import { Route, Routes } from 'react-router';
import { AreaLayout, Page } from '../shared/layout/AreaLayout';
import { RequireStaff } from '../shared/auth/RequireStaff';

export function ConsoleRoutes() {
  return (
    <RequireStaff>
      <AreaLayout area="管理后台" nav={[{ to: '/console', label: '概览', end: true }]}>
        <Routes>
          <Route index element={<Page title="管理后台">建设中。</Page>} />
          <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
        </Routes>
      </AreaLayout>
    </RequireStaff>
  );
}
