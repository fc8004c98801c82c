export {
  NewsletterSignup,
  type NewsletterSignupLabels,
  type NewsletterSignupProps,
  type NewsletterSubmission,
  type NewsletterSubmitResult,
  type NewsletterTopic,
} from './NewsletterSignup.js';
