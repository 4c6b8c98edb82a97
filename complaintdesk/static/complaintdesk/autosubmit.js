// Submits the enclosing form when a control marked data-autosubmit changes
// (the language switch). Without JavaScript the form's own button does it.
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-autosubmit]")) event.target.form.requestSubmit();
});
