// The identity simulator's demo people (internal/demo/accounts.go): only for
// the 模拟扫码 panel of serve --demo.
import type { IdType } from '../../gql/graphql';

export interface DemoIdentity {
  subject: string;
  name: string;
  idType: IdType;
  idNumber: string;
  note: string;
}

export const demoIdentities: DemoIdentity[] = [
  { subject: 'demo-zhang-wei', name: '张伟', idType: 'RESIDENT_ID', idNumber: '210102199003071233', note: '辽宁户籍' },
  { subject: 'demo-li-na', name: '李娜', idType: 'RESIDENT_ID', idNumber: '210203199205152340', note: '大连户籍' },
  { subject: 'demo-wang-fang', name: '王芳', idType: 'RESIDENT_ID', idNumber: '440106198811203453', note: '广东户籍' },
  { subject: 'demo-zhao-lei', name: '赵磊', idType: 'RESIDENT_ID', idNumber: '320102199508084561', note: '江苏户籍，DEMO-SCORES 应用技术不合格' },
  { subject: 'demo-chen-jing', name: '陈静', idType: 'RESIDENT_ID', idNumber: '110105198512125675', note: '北京户籍，持 DEMO-PRINT 准考证，DEMO-SCORES 已合格并取得证书' },
  { subject: 'demo-ho-ka-yan', name: '何嘉欣', idType: 'HK_MACAO_RESIDENCE_PERMIT', idNumber: '81000019970101001X', note: '香港居民' },
];
