import { DEFAULT_COMMENT_MAX_LENGTH } from '@samskap/portal';
import { FEEDBACK_MAX_LENGTH, tipLimits } from '../../app/limits.js';
import { alignments, MAX_ID_LENGTH, MAX_REPORT_LENGTH, reportReasons } from './validate.js';

const json = (schema: object) => ({ 'application/json': { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const acceptLanguage = {
  name: 'Accept-Language',
  in: 'header',
  required: false,
  schema: { type: 'string', example: 'nn' },
  description: 'The language of the error messages.',
};
const stored = (what: string) => ({
  201: {
    description: `${what} stored; the reference to show the person`,
    content: json({
      type: 'object',
      required: ['reference'],
      properties: { reference: { type: 'string' } },
    }),
  },
  422: { description: 'Something to fix', content: json(ref('FieldErrors')) },
  429: {
    description: 'Too many from this browser; see Retry-After',
    content: json(ref('FieldErrors')),
  },
});
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
      'Cases, comments, votes and reports; articles and events; event registrations, tips, newsletter sign-ups and page feedback. Errors a person can fix come back as 422 with `fieldErrors`, one message per form field, in the language of `Accept-Language` (nb, nn or en).',
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
    '/api/articles': {
      get: {
        summary: 'Every article, with its text (`body`: paragraphs)',
        responses: { 200: { description: 'The articles', content: json({ type: 'array' }) } },
      },
    },
    '/api/events': {
      get: {
        summary: 'Every event, as `PortalEvent` in @samskap/portal',
        responses: { 200: { description: 'The events', content: json({ type: 'array' }) } },
      },
    },
    '/api/events/{eventId}/registrations': {
      post: {
        summary:
          'Register for an event (or join its waiting list when it is full). Refused when registration has closed.',
        parameters: [idParam('eventId', 'The event'), acceptLanguage],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['name', 'email', 'consent'],
            properties: {
              name: { type: 'string', minLength: 1 },
              email: { type: 'string', format: 'email' },
              organisation: { type: 'string' },
              dietary: { type: 'string' },
              accessibility: { type: 'string' },
              consent: { const: true },
              website: { type: 'string', description: 'The honeypot. Leave it empty.' },
            },
          }),
        },
        responses: {
          ...stored('The registration'),
          404: { description: 'No such event', content: json(ref('Problem')) },
        },
      },
    },
    '/api/tips': {
      post: {
        summary: 'Send a tip, with files if any. An anonymous tip keeps no name, email or browser.',
        parameters: [acceptLanguage],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['message'],
                properties: {
                  message: {
                    type: 'string',
                    description: `At most ${tipLimits.maxLength} characters after trimming.`,
                  },
                  anonymous: { enum: ['1'] },
                  name: { type: 'string' },
                  email: { type: 'string', format: 'email' },
                  attachments: {
                    type: 'array',
                    maxItems: tipLimits.maxFiles,
                    items: { type: 'string', format: 'binary' },
                    description: `${tipLimits.accept}, each at most ${tipLimits.maxFileSize} bytes; the content must start as its type does.`,
                  },
                  website: { type: 'string', description: 'The honeypot. Leave it empty.' },
                },
              },
            },
          },
        },
        responses: stored('The tip'),
      },
    },
    '/api/newsletter': {
      post: {
        summary: 'Sign up for the newsletter (double opt-in: nothing is sent until confirmed)',
        parameters: [acceptLanguage],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['email', 'consent'],
            properties: {
              email: { type: 'string', format: 'email' },
              consent: { const: true },
              topics: { type: 'array', items: { type: 'string' } },
            },
          }),
        },
        responses: {
          202: { description: 'Taken; the same answer whether or not the address was there' },
          422: { description: 'Something to fix', content: json(ref('FieldErrors')) },
          429: { description: 'Too many from this browser', content: json(ref('FieldErrors')) },
        },
      },
    },
    '/api/feedback': {
      post: {
        summary: '"Was this page useful?": the answer, and a comment if one was written',
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            required: ['useful', 'path'],
            properties: {
              useful: { enum: ['yes', 'no'] },
              path: { type: 'string', description: 'The page, after its language: `/cases`.' },
              comment: { type: 'string', maxLength: FEEDBACK_MAX_LENGTH },
            },
          }),
        },
        responses: {
          204: { description: 'Stored' },
          422: { description: 'Not feedback', content: json(ref('Problem')) },
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
              id: {
                type: 'string',
                description:
                  'A public id for the author, the same on all their comments. Every reader sees it, so it is never a session or cookie value.',
              },
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
            description: "One message per field, to show on that field (the form's field names).",
            additionalProperties: { type: 'string' },
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
