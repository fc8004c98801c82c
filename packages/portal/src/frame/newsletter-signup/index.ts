export {
  NewsletterSignup,
  type NewsletterSignupLabels,
  type NewsletterSignupProps,
  type NewsletterSignupValues,
  type NewsletterSubmission,
  type NewsletterSubmitResult,
  type NewsletterTopic,
} from './NewsletterSignup.js';
