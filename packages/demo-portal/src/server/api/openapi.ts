import { DEFAULT_COMMENT_MAX_LENGTH } from '@samskap/portal';
import { alignments, MAX_ID_LENGTH, MAX_REPORT_LENGTH, reportReasons } from './validate.js';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', maxLength: MAX_ID_LENGTH },
});

/**
 * The contract of the portal's API, so that an agency can put the same pages in front of its
 * own backend. The limits are the ones the components export and the server applies.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Samskap reference portal API',
    version: '1.0.0',
    description:
      'Cases, comments, votes and reports. Errors a person can fix come back as 422 with `fieldErrors`, one message per form field, in the language of `Accept-Language` (nb, nn or en).',
  },
  paths: {
    '/api/cases': {
      get: {
        summary: 'Every case',
        responses: {
          200: { description: 'The cases', content: json({ type: 'array', items: ref('Case') }) },
        },
      },
    },
    '/api/cases/{caseId}': {
      get: {
        summary: 'One case',
        parameters: [idParam('caseId', 'The case')],
        responses: {
          200: { description: 'The case', content: json(ref('Case')) },
          404: { description: 'No such case', content: json(ref('Problem')) },
        },
      },
    },
    '/api/cases/{caseId}/comments': {
      get: {
        summary: "A case's comments: the published ones and the caller's own pending ones",
        parameters: [idParam('caseId', 'The case')],
        responses: {
          200: {
            description: 'The comments, oldest first',
            content: json({ type: 'array', items: ref('Comment') }),
          },
          404: { description: 'No such case', content: json(ref('Problem')) },
        },
      },
      post: {
        summary: 'Post a comment. It waits for moderation (status `pending`).',
        parameters: [
          idParam('caseId', 'The case'),
          {
            name: 'Accept-Language',
            in: 'header',
            required: false,
            schema: { type: 'string', example: 'nn' },
            description: 'The language of the error messages.',
          },
        ],
        requestBody: { required: true, content: json(ref('NewComment')) },
        responses: {
          201: {
            description: 'Stored',
            content: json({
              type: 'object',
              required: ['comment'],
              properties: { comment: ref('Comment') },
            }),
          },
          404: { description: 'No such case', content: json(ref('Problem')) },
          422: { description: 'Something to fix', content: json(ref('FieldErrors')) },
          429: {
            description: 'Too many comments from this browser or address; see Retry-After',
            content: json(ref('FieldErrors')),
          },
        },
      },
    },
    '/api/comments/{commentId}/vote': {
      post: {
        summary: "Vote on a comment, or take the caller's vote back with `null`",
        parameters: [idParam('commentId', 'The comment')],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['vote'],
            properties: { vote: { enum: ['up', 'down', null] } },
          }),
        },
        responses: {
          204: { description: 'Stored' },
          404: { description: 'No such comment', content: json(ref('Problem')) },
          422: { description: 'Not a vote', content: json(ref('Problem')) },
        },
      },
    },
    '/api/comments/{commentId}/reports': {
      post: {
        summary: 'Report a comment to the moderators',
        parameters: [idParam('commentId', 'The comment')],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['reason'],
            properties: {
              reason: { enum: reportReasons },
              details: { type: 'string', maxLength: MAX_REPORT_LENGTH },
            },
          }),
        },
        responses: {
          204: { description: 'Stored' },
          404: { description: 'No such comment', content: json(ref('Problem')) },
          422: { description: 'Not a report', content: json(ref('Problem')) },
        },
      },
    },
  },
  components: {
    schemas: {
      Case: {
        type: 'object',
        description: 'An innovation case, as `InnovationCase` in @samskap/portal.',
        required: ['id', 'title', 'summary', 'organisation', 'countries', 'stage', 'language'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          summary: { type: 'string' },
          organisation: { type: 'string' },
          countries: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } },
          levelOfGovernment: { enum: ['national', 'regional', 'local', 'international'] },
          sector: { type: 'string' },
          stage: { type: 'string' },
          yearLaunched: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
          language: { type: 'string' },
          availableLocales: { type: 'array', items: { type: 'string' } },
          updatedAt: { type: 'string' },
        },
      },
      NewComment: {
        type: 'object',
        required: ['name', 'email', 'body'],
        properties: {
          name: { type: 'string', minLength: 1 },
          email: { type: 'string', format: 'email', maxLength: 254 },
          body: {
            type: 'string',
            minLength: 1,
            description: `At most ${DEFAULT_COMMENT_MAX_LENGTH} characters (Unicode code points) after trimming.`,
          },
          alignment: { enum: alignments },
          parentId: { type: 'string', maxLength: MAX_ID_LENGTH },
          language: { type: 'string' },
          website: { type: 'string', description: 'The honeypot. Leave it empty.' },
        },
      },
      Comment: {
        type: 'object',
        description: 'A comment, as `PortalComment` in @samskap/portal. Never holds an email.',
        required: ['id', 'author', 'body', 'createdAt', 'status'],
        properties: {
          id: { type: 'string' },
          parentId: { type: 'string' },
          author: {
            type: 'object',
            required: ['name'],
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              role: { enum: ['citizen', 'official', 'moderator'] },
              organisation: { type: 'string' },
            },
          },
          body: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
          status: { enum: ['published', 'pending', 'hidden', 'deleted'] },
          language: { type: 'string' },
          alignment: { enum: alignments },
          votes: {
            type: 'object',
            properties: {
              up: { type: 'integer' },
              down: { type: 'integer' },
              mine: { enum: ['up', 'down'] },
            },
          },
        },
      },
      FieldErrors: {
        type: 'object',
        required: ['fieldErrors'],
        properties: {
          fieldErrors: {
            type: 'object',
            description: 'One message per field, to show on that field.',
            properties: {
              name: { type: 'string' },
              email: { type: 'string' },
              body: { type: 'string' },
            },
          },
        },
      },
      Problem: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'string' } },
      },
    },
  },
} as const;
