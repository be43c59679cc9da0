// Batch search: the lines not counted yet are fetched part by part, each part's rows
// filling the table as it comes, under "Counting: n of N lines". Without JavaScript the
// page's <noscript> has the server count them all at once instead.
(function () {
  "use strict";
  const table = document.querySelector("table.batch[data-parts-url]");
  const status = document.getElementById("batch-status");
  const progress = document.getElementById("batch-progress");
  if (!table || !status) return;
  const pending = Array.from(table.querySelectorAll("tbody[data-pending]"));
  const total = Number(status.dataset.total);
  let done = total - pending.reduce((lines, body) => lines + body.rows.length, 0);
  const number = (n) => n.toLocaleString("en");

  function showProgress() {
    status.textContent = `Counting: ${number(done)} of ${number(total)} lines`;
    if (progress) progress.value = done;
  }

  function showFinished() {
    const found = table.querySelectorAll("tr.found").length;
    status.textContent = `${number(total)} line${total === 1 ? "" : "s"}, ${number(found)} found in the corpus`;
    if (progress) progress.hidden = true;
  }

  const wait = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

  async function countPart(body) {
    for (;;) {
      const response = await fetch(`${table.dataset.partsUrl}${body.dataset.part}/`, {
        headers: { Accept: "application/json" },
      });
      if (response.status === 429) {
        // Over this address's budget of lines: say so, wait as told, go on.
        const seconds = Number(response.headers.get("Retry-After")) || 60;
        status.textContent = (await response.json()).detail;
        await wait(seconds);
        continue;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }
  }

  async function run() {
    showProgress();
    for (const body of pending) {
      let part;
      try {
        part = await countPart(body);
      } catch (error) {
        status.textContent = `Counting stopped (${error.message}): reload the page to go on from line ${number(done + 1)}.`;
        return;
      }
      body.innerHTML = part.html; // rendered and escaped by the server's template
      body.removeAttribute("data-pending");
      done += part.rows;
      showProgress();
    }
    showFinished();
  }

  if (pending.length) run();
})();
