/* reCAPTCHA v3 for the inquiry form: on submit, ask Google for a token, put it in the hidden
   field, then submit. Loaded only on the inquiry page, and only when keys are configured. */
(function () {
  "use strict";
  var field = document.querySelector("input[data-recaptcha-token]");
  if (!field || !field.form) { return; }
  var form = field.form;
  var submitting = false;
  form.addEventListener("submit", function (event) {
    if (submitting || typeof window.grecaptcha === "undefined") { return; }
    event.preventDefault();
    window.grecaptcha.ready(function () {
      window.grecaptcha
        .execute(field.dataset.sitekey, { action: field.dataset.action })
        .then(function (token) {
          field.value = token;
          submitting = true;
          form.submit();
        });
    });
  });
})();
