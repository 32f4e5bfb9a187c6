// The three areas and the staff login. Each area owns its sub-routes.
import { Route, Routes } from 'react-router';
import { PortalRoutes } from './portal/PortalRoutes';
import { DeskRoutes } from './desk/DeskRoutes';
import { ConsoleRoutes } from './console/ConsoleRoutes';
import { StaffLoginPage } from './shared/staff/StaffLoginPage';
import { AccountPage } from './shared/staff/AccountPage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<StaffLoginPage />} />
      <Route path="/account" element={<AccountPage />} />
      <Route path="/desk/*" element={<DeskRoutes />} />
      <Route path="/console/*" element={<ConsoleRoutes />} />
      <Route path="/*" element={<PortalRoutes />} />
    </Routes>
  );
}
