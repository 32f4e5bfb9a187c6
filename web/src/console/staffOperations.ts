// Console operations beside operations.ts: 人员管理 (the staff accounts the
// viewer may see — the API's privacy keeps a region admin to the region —
// created, renamed, disabled and enabled) and each sent notice's figures.
import { graphql } from '../gql';

export const ConsoleStaffUsersQuery = graphql(`
  query ConsoleStaffUsers($first: Int!, $after: Cursor, $where: StaffUserWhereInput) {
    staffUsers(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          displayName
          role
          roleLabel
          region {
            code
            name
          }
          totpEnabled
          disabled
          lockedUntil
          lastLoginAt
          createdAt
        }
      }
    }
  }
`);

export const ConsoleCreateStaffUserMutation = graphql(`
  mutation ConsoleCreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      staffUser {
        id
        username
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const ConsoleUpdateStaffUserMutation = graphql(`
  mutation ConsoleUpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      staffUser {
        id
        displayName
        disabled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

// 通知公告 → 已发送的通知: each sent notice's own delivery figures.
export const ConsoleSentNoticesQuery = graphql(`
  query ConsoleSentNotices($regionCode: String) {
    sentNotices(regionCode: $regionCode, first: 20) {
      id
      title
      sentAt
      sentBy
      messages
      expanded
      session {
        code
        name
      }
      area {
        name
      }
      deliveries {
        channel
        status
        count
      }
    }
  }
`);
