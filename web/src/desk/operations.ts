// The review desk's operations (审核工作台).
import { graphql } from '../gql';

export const DeskSessionsQuery = graphql(`
  query DeskSessions {
    examSessions {
      code
      name
      registrationOpen
    }
    formChoices {
      statuses {
        value
        label
      }
    }
    rejectionReasons {
      code
      label
      description
    }
  }
`);

export const DeskRegionsQuery = graphql(`
  query DeskRegions {
    regions {
      code
      name
    }
  }
`);

export const DeskQueueQuery = graphql(`
  query DeskQueue($first: Int, $after: Cursor, $filter: ReviewQueueFilter, $order: ReviewQueueOrder, $sessionCode: String, $regionCode: String) {
    reviewQueue(first: $first, after: $after, filter: $filter, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          name
          idNumberMasked
          status
          statusLabel
          submittedAt
          reviewDeadlineAt
          overdue
          nonLocal
          level
          qualification {
            code
            name
          }
          area {
            name
          }
          session {
            code
            name
          }
          claim {
            reviewerName
            expiresAt
            mine
          }
        }
      }
    }
    reviewCounts(sessionCode: $sessionCode, regionCode: $regionCode) {
      status
      label
      count
    }
  }
`);

export const DeskApplicationQuery = graphql(`
  query DeskApplication($id: ID!) {
    node(id: $id) {
      ... on Application {
        id
        version
        status
        statusLabel
        name
        idTypeLabel
        idNumberMasked
        genderLabel
        birthDate
        age
        hukouCode
        title
        titleDate
        employmentLabel
        workUnit
        workStartDate
        educationLabel
        degreeLabel
        graduationDate
        majorRelationLabel
        majorName
        address
        email
        mobile
        landline
        postcode
        nonLocal
        feeTotalFen
        submittedAt
        reviewStartedAt
        reviewDeadlineAt
        decidedAt
        commitmentAcceptedAt
        overdue
        level
        region {
          code
          name
        }
        session {
          code
          name
        }
        qualification {
          code
          name
          levelLabel
        }
        subjects {
          name
        }
        area {
          name
        }
        photo {
          id
          url
          width
          height
        }
        materials {
          id
          url
          originalName
          contentType
          sizeBytes
          materialKindLabel
        }
        claim {
          reviewerName
          expiresAt
          mine
        }
        rejectionReasons {
          code
          label
        }
        decisions {
          id
          createdAt
          decision
          reasonCodes
          note
        }
        history {
          id
          createdAt
          fromStatusLabel
          toStatusLabel
          actorKindLabel
          reason
        }
      }
    }
    rejectionReasons {
      code
      label
      description
    }
    hukouChoices {
      code
      name
    }
  }
`);

export const DeskClaimMutation = graphql(`
  mutation DeskClaim($id: ID!) {
    claimApplication(id: $id) {
      claim {
        reviewerName
        expiresAt
        mine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeskReleaseMutation = graphql(`
  mutation DeskRelease($id: ID!) {
    releaseApplication(id: $id) {
      claim {
        reviewerName
        expiresAt
        mine
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeskApproveMutation = graphql(`
  mutation DeskApprove($id: ID!, $version: Int!, $note: String) {
    approveApplication(id: $id, version: $version, note: $note) {
      application {
        id
        version
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeskRejectMutation = graphql(`
  mutation DeskReject($id: ID!, $version: Int!, $reasonCodes: [String!]!, $note: String) {
    rejectApplication(id: $id, version: $version, reasonCodes: $reasonCodes, note: $note) {
      application {
        id
        version
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeskBulkApproveMutation = graphql(`
  mutation DeskBulkApprove($items: [BulkApproveItem!]!, $note: String) {
    bulkApprove(items: $items, note: $note) {
      applications {
        id
        status
        statusLabel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
