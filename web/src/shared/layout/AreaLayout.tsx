// The frame of every area: a header with the system's name and the viewer,
// a left menu (the official site's 左侧菜单), and the main content.
import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';

export interface NavItem {
  to: string;
  label: string;
  /** Match the path exactly (for the area's index). */
  end?: boolean;
}

interface AreaLayoutProps {
  /** The area's name beside the system's, e.g. 考生服务 or 审核工作台. */
  area: string;
  nav: NavItem[];
  children: ReactNode;
  /** Extra header content (a login button …). */
  actions?: ReactNode;
}

export function AreaLayout({ area, nav, children, actions }: AreaLayoutProps) {
  const { me, signOut } = useAuth();
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  // After a move within the app, focus the new page's main content (screen readers, keyboard).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [pathname]);
  const who = me?.candidate?.name ?? me?.staff?.displayName;
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <span className="site-header__title">计算机技术与软件专业技术资格（水平）考试</span>
          <span className="site-header__area">{area}</span>
        </div>
        <div className="site-header__user">
          {actions}
          {who && (
            <>
              <span className="site-header__name">{who}</span>
              {me?.kind === 'STAFF' && (
                <NavLink to="/account" className="button button--plain">
                  账户安全
                </NavLink>
              )}
              <button type="button" className="button button--plain" onClick={() => void signOut()}>
                退出登录
              </button>
            </>
          )}
        </div>
      </header>
      <div className="layout__body">
        <nav className="side-nav" aria-label={`${area}菜单`}>
          <ul>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="side-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="layout__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p>工业和信息化部教育与考试中心 · 本页面仅在内存中保存登录状态，刷新或关闭页面即退出登录。</p>
      </footer>
    </div>
  );
}

/** A page's heading and content. */
export function Page({ title, children, lead }: { title: string; children: ReactNode; lead?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} - 计算机技术与软件专业技术资格（水平）考试`;
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {title}
      </h1>
      {lead && <p className="page__lead">{lead}</p>}
      {children}
    </section>
  );
}
