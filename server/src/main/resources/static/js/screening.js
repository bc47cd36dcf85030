// The screener's "print" button (inline handlers are not allowed by the page's CSP).
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    openExplanations();
    window.print();
  }
});

// Printing from the browser's menu shows every explanation too.
window.addEventListener("beforeprint", openExplanations);

// After htmx puts a new answer (or the list of fields to correct) in place, move the focus there,
// as a full page load would have brought the reader to it.
document.addEventListener("htmx:afterSwap", function (event) {
  var target = document.querySelector("#screener .problems, #result h2");
  if (target && event.detail.target.id === "screener") {
    target.setAttribute("tabindex", "-1");
    target.focus();
  }
});

function openExplanations() {
  document.querySelectorAll("#result details").forEach(function (d) { d.open = true; });
}
