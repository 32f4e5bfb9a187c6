// 人员管理: the staff accounts the viewer may see (the API's privacy keeps a
// region admin to the region), creating, renaming, disabling and enabling them.
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
