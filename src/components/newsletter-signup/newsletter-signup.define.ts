import { NewsletterSignup } from './newsletter-signup.js';

export { NewsletterSignup };

NewsletterSignup.define();
