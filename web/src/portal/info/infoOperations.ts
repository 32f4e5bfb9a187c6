import { graphql } from '../../gql';

export const PortalRegionNoticesQuery = graphql(`
  query PortalRegionNotices {
    regions {
      code
      name
      notices {
        id
        kind
        kindLabel
        title
        body
        publishedAt
        sortOrder
        session {
          name
        }
      }
    }
  }
`);

export const PortalExamPlanQuery = graphql(`
  query PortalExamPlan {
    examSessions {
      code
      name
      halfLabel
      registrationOpen
      registrationOpensAt
      registrationClosesAt
      ticketPrintOpensAt
      ticketPrintClosesAt
      firstExamDay
      lastExamDay
      scoreReleaseAt
    }
  }
`);

export const PortalSessionQualificationsQuery = graphql(`
  query PortalSessionQualifications($sessionCode: String!) {
    qualifications(sessionCode: $sessionCode) {
      code
      name
      levelLabel
      categoryLabel
      subjects {
        name
        order
        durationMinutes
      }
    }
  }
`);

export const PortalVerifyCertificateQuery = graphql(`
  query PortalVerifyCertificate($input: VerifyCertificateInput!) {
    verifyCertificate(input: $input) {
      genuine
      certificates {
        qualification
        level
        issuedOn
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
