// 考生须知: the regions' 考生须知 and 政策文件.
import { Link } from 'react-router';
import { Page } from '../../shared/layout/AreaLayout';
import { useAuth } from '../../shared/auth/AuthContext';
import { RegionNotices } from './RegionNotices';

const kinds = ['CANDIDATE_GUIDE', 'POLICY'] as const;

export function NoticesPage() {
  const { me } = useAuth();
  return (
    <Page title="考生须知" lead="报名前请仔细阅读报名省市发布的考生须知和政策文件。">
      {me?.kind !== 'CANDIDATE' && (
        <p className="card">
          报名、缴费、打印准考证和查询成绩需先 <Link to="/candidate-login">使用国家网络身份认证登录</Link>。
        </p>
      )}
      <RegionNotices kinds={[...kinds]} heading="各地考生须知" />
    </Page>
  );
}
