// Keyboard: "/" focuses the search box (as on most search sites), unless typing already.
document.addEventListener("keydown", function (event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
  const box = document.getElementById("id_q");
  if (box) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});
