// Suggested topics (articles/panels.py): a button ticks the topic's box in the form above;
// the editor still saves, or unticks it. Nothing is sent from here.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-apply-topic]");
  if (!button) return;
  const box = document.querySelector(
    `input[name="topics"][value="${button.dataset.applyTopic}"]`,
  );
  if (!box) return;
  box.checked = true;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  button.disabled = true;
  button.textContent = "Ticked: save to keep it";
});
