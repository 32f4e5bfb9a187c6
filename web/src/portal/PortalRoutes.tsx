// 考生服务 (/): the candidate portal, its menu as on the official site.
import { Link, Route, Routes } from 'react-router';
import { AreaLayout, Page, type NavItem } from '../shared/layout/AreaLayout';
import { useAuth } from '../shared/auth/AuthContext';
import { RequireCandidate } from './RequireCandidate';
import { CandidateLoginPage } from './login/CandidateLoginPage';
import { PrivacyConsentPage } from './login/PrivacyConsentPage';
import { NoticesPage } from './info/NoticesPage';
import { PlanPage } from './info/PlanPage';
import { CertificatePage } from './info/CertificatePage';
import { ApplyPage } from './apply/ApplyPage';
import { PaymentPage } from './payment/PaymentPage';
import { TicketPage } from './exam/TicketPage';
import { ArrangementPage } from './exam/ArrangementPage';
import { ResultsPage } from './exam/ResultsPage';
import './portal.css';

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

function LoginLink() {
  const { me } = useAuth();
  if (me) return null;
  return (
    <Link className="button button--plain" to="/candidate-login">
      考生登录
    </Link>
  );
}

export function PortalRoutes() {
  return (
    <AreaLayout area="考生服务" nav={portalNav} actions={<LoginLink />}>
      <Routes>
        <Route index element={<NoticesPage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="candidate-login" element={<CandidateLoginPage />} />
        <Route
          path="privacy"
          element={
            <RequireCandidate>
              <PrivacyConsentPage />
            </RequireCandidate>
          }
        />
        <Route
          path="apply"
          element={
            <RequireCandidate consent>
              <ApplyPage />
            </RequireCandidate>
          }
        />
        <Route
          path="payment"
          element={
            <RequireCandidate>
              <PaymentPage />
            </RequireCandidate>
          }
        />
        <Route
          path="ticket"
          element={
            <RequireCandidate>
              <TicketPage />
            </RequireCandidate>
          }
        />
        <Route path="arrangement" element={<ArrangementPage />} />
        <Route
          path="results"
          element={
            <RequireCandidate>
              <ResultsPage />
            </RequireCandidate>
          }
        />
        <Route path="certificate" element={<CertificatePage />} />
        <Route path="*" element={<Page title="页面不存在">请从左侧菜单进入。</Page>} />
      </Routes>
    </AreaLayout>
  );
}
