import { graphql } from '../../gql';

export const PortalMyExamsQuery = graphql(`
  query PortalMyExams {
    myApplications {
      id
      status
      statusLabel
      session {
        code
        name
        firstExamDay
        lastExamDay
        ticketPrintOpensAt
        ticketPrintClosesAt
        scoreReleaseAt
      }
      region {
        name
      }
      area {
        name
      }
      qualification {
        name
        levelLabel
      }
      subjects {
        name
        order
        sitting
        durationMinutes
      }
      admissionTicket {
        id
        ticketNumber
        seat
        pdfUrl
        site {
          name
          address
        }
        room {
          code
        }
      }
      result {
        released
        releaseAt
        passed
        subjects {
          subject {
            name
          }
          points
          absent
          passMark
          fullMarks
          passed
        }
      }
      certificate {
        number
        issuedOn
        pdfUrl
      }
    }
  }
`);
