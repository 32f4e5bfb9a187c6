// Puts applications in 大连's review queue through the real API, as candidates
// would: QR login with the demo identity simulator, both consents, the photo
// tool (the binary's own sample photo), the form, submit. Returns their names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function gql(base, query, variables = {}, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors?.length) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

// GB 11643 check digit.
function idNumber(body17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * w[i], 0);
  return body17 + '10X98765432'[sum % 11];
}

function samplePhoto(binary) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-photo-'));
  const file = join(dir, 'photo.jpg');
  execFileSync(binary, ['sample-photo', file]);
  return readFileSync(file);
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['明', '华', '强', '芳', '静', '磊', '洋', '艳', '军', '敏', '杰', '娟', '涛', '丽', '鹏'];

/**
 * Submits count applications in 大连 (210200) for DEMO-OPEN. tag makes the
 * names and ID numbers of one run distinct from another's on the same database.
 */
export async function seedDalianQueue({ base, binary, count, tag }) {
  const photo = samplePhoto(binary);
  const region = await gql(base, '{ region(code: "210200") { areas { id } } privacyNotice { version } }');
  const areaId = region.region.areas[0].id;
  const version = region.privacyNotice.version;
  const names = [];
  for (let i = 0; i < count; i++) {
    const seq = String((Number(tag) * 10 + i) % 1000).padStart(3, '0');
    const body = `210202199${i % 10}0${(i % 9) + 1}1${(i % 9) + 1}${seq}`.slice(0, 17);
    const id = idNumber(body.padEnd(17, '0'));
    const name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(Number(tag) * 3 + i) % GIVEN.length]}${GIVEN[(Number(tag) + i * 2 + 5) % GIVEN.length]}`;
    const start = await gql(base, 'mutation { startCandidateLogin { ticket qrPayload } }');
    const sim = await gql(
      base,
      'mutation($in: SimulateIdentityAppInput!) { simulateIdentityApp(input: $in) { done userErrors { message } } }',
      { in: { qrPayload: start.startCandidateLogin.qrPayload, action: 'CONFIRM', subject: `desk-e2e-${tag}-${i}`, name, idType: 'RESIDENT_ID', idNumber: id } },
    );
    if (sim.simulateIdentityApp.userErrors.length) throw new Error(JSON.stringify(sim.simulateIdentityApp.userErrors));
    const poll = await gql(base, 'mutation($t: String!) { pollCandidateLogin(ticket: $t) { state session { token } userErrors { message } } }', {
      t: start.startCandidateLogin.ticket,
    });
    const token = poll.pollCandidateLogin.session?.token;
    if (!token) throw new Error(`login: ${JSON.stringify(poll)}`);
    await gql(base, `mutation { giveConsent(version: "${version}", general: true, sensitive: true) { userErrors { message } } }`, {}, token);
    // The photo: GraphQL multipart request.
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation($f: Upload!) { savePhoto(file: $f) { photo { id } userErrors { code message } } }', variables: { f: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpg');
    const up = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })).json();
    const photoId = up.data?.savePhoto?.photo?.id;
    if (!photoId) throw new Error(`photo: ${JSON.stringify(up)}`);
    const saved = await gql(
      base,
      'mutation($in: ApplicationInput!) { saveApplication(sessionCode: "DEMO-OPEN", input: $in) { application { id version } userErrors { field code message } } }',
      {
        in: {
          regionCode: '210200', areaId, qualificationCode: i % 2 ? 'ZJ04' : 'ZJ02', hukouCode: '210000', title: '无', employment: 'EMPLOYED',
          workUnit: '大连某软件公司', workStartDate: '2016-07-01', education: 'BACHELOR', degree: 'BACHELOR', graduationDate: '2016-06-30',
          majorRelation: 'SAME', majorName: '计算机科学与技术', address: '辽宁省大连市中山区人民路 1 号', email: `desk${tag}${i}@example.com`,
          mobile: `1380000${String(i).padStart(4, '0')}`, landline: '0411-82345678', postcode: '116001', photoId,
        },
      },
      token,
    );
    const app = saved.saveApplication.application;
    if (!app) throw new Error(`save: ${JSON.stringify(saved.saveApplication.userErrors)}`);
    // One applicant attaches a material (a JPEG), so the desk shows one.
    if (i === 0) {
      const mf = new FormData();
      mf.append('operations', JSON.stringify({ query: 'mutation($a: ID!, $f: Upload!) { uploadMaterial(applicationId: $a, kind: WORK_PROOF, file: $f) { material { id } userErrors { code message } } }', variables: { a: app.id, f: null } }));
      mf.append('map', JSON.stringify({ 0: ['variables.f'] }));
      mf.append('0', new Blob([photo], { type: 'image/jpeg' }), '工作证明.jpg');
      await fetch(`${base}/graphql`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: mf });
    }
    const sub = await gql(
      base,
      'mutation($id: ID!) { submitApplication(id: $id, commitmentAccepted: true) { application { status } userErrors { field code message } } }',
      { id: app.id },
      token,
    );
    const status = sub.submitApplication.application?.status;
    if (status !== 'PENDING_REVIEW') throw new Error(`submit: ${JSON.stringify(sub.submitApplication)}`);
    names.push(name);
  }
  return names;
}
