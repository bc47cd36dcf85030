// The screener's "print" button (inline handlers are not allowed by the page's CSP).
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    document.querySelectorAll("#result details").forEach(function (d) { d.open = true; });
    window.print();
  }
});
// Printing from the browser's menu shows every explanation too.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("#result details").forEach(function (d) { d.open = true; });
});
