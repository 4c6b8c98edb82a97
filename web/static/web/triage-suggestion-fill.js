// Fills one field of the registration form from a triage suggestion the agent clicked
// (a button with data-triage-field and data-triage-value). Nothing is filled without a click.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-triage-field]");
  if (!button) return;
  const form = document.getElementById("register-form");
  const { triageField: field, triageValue: value } = button.dataset;
  const radio = form.querySelector(`input[name="${field}"][value="${CSS.escape(value)}"]`);
  if (radio) {
    radio.checked = true;
  } else if (form.elements[field]) {
    form.elements[field].value = value;
  }
  button.classList.add("applied");
  button.setAttribute("aria-pressed", "true");
});
