// 审核工作台 (/desk): the review queue and one application's review.
import { Route, Routes } from 'react-router';
import { AreaLayout, Page } from '../shared/layout/AreaLayout';
import { RequireStaff } from '../shared/auth/RequireStaff';
import { useAuth } from '../shared/auth/AuthContext';
import { QueuePage } from './QueuePage';
import { ApplicationPage } from './ApplicationPage';
import '../shared/staff/staff.css';

export function DeskRoutes() {
  const { me } = useAuth();
  const admin = me?.staff?.role === 'REGION_ADMIN' || me?.staff?.role === 'NATIONAL_ADMIN';
  return (
    <RequireStaff>
      <AreaLayout
        area="审核工作台"
        nav={[{ to: '/desk', label: '报名审核', end: true }, ...(admin ? [{ to: '/console', label: '管理后台' }] : [])]}
      >
        <Routes>
          <Route index element={<QueuePage />} />
          <Route path="applications/:id" element={<ApplicationPage />} />
          <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
        </Routes>
      </AreaLayout>
    </RequireStaff>
  );
}
