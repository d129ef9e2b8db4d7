"""The page script (put in <head> by webapp.page_settings): copy as plain text, [n] links, the document viewer, the chat's scroll.

Gradio's Chatbot sanitizes message HTML (no scripts, no data-* or aria-* attributes) and labels each
message for screen readers with its raw HTML; this script works from classes and ids that survive and
replaces those labels with the text. It listens on the document, so it works for content rendered later.
"""

PAGE_SCRIPT = r"""
<script>
document.documentElement.lang = "ko";
(() => {
  const WIDE = "(min-width: 641px)";
  const plainText = (el) => Array.from(el.childNodes).map((n) => (n.nodeName === "BR" ? "\n" : n.textContent)).join("");

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      const area = document.createElement("textarea");
      area.value = text;
      area.style.position = "fixed";
      area.style.left = "-9999px";
      document.body.appendChild(area);
      area.select();
      const done = document.execCommand("copy");
      area.remove();
      return done;
    }
  }

  function copyClicked(button) {
    const plain = button.closest(".jq-copyable")?.querySelector(".jq-plain");
    if (!plain) return;
    const label = button.dataset.label || button.textContent;
    button.dataset.label = label;
    copyText(plainText(plain)).then((ok) => {
      button.textContent = ok ? "복사했습니다" : "복사하지 못했습니다";
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }

  function citationClicked(link, event) {
    const card = document.getElementById(link.getAttribute("href").slice(1));
    if (!card) return;
    event.preventDefault();
    for (let box = card.closest("details"); box; box = box.parentElement?.closest("details")) box.open = true;
    card.scrollIntoView({ block: "start" });  // its title in view, even when the card is taller than the chat
    card.classList.remove("jq-flash");
    void card.offsetWidth;  // restart the highlight when the same card is clicked again
    card.classList.add("jq-flash");
    card.focus({ preventScroll: true });
  }

  // "맞춤 사업 찾기 열기" under a refusal or a shortened program list, and a list's "N개 더 보기", open that tab; the
  // facts the question gave (age, place, status, gender: hidden .jq-fact-* under the answer) fill its form, and
  // then the form is searched, so the whole list shows at once.
  function setText(selector, value) {
    const box = document.querySelector(selector);
    if (!box || value === undefined) return;
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function fillFinder(facts) {
    if (!document.querySelector("#jq-find-age input, #jq-find-age textarea")) return false;
    setText("#jq-find-age input, #jq-find-age textarea", facts.age);
    setText("#jq-find-place input, #jq-find-place textarea", facts.place);
    if (facts.gender) {
      Array.from(document.querySelectorAll("#jq-find-gender label"))
        .find((l) => l.textContent.trim() === facts.gender)?.click();
    }
    if (facts.status) {
      const field = document.querySelector("#jq-find-status input");
      field?.focus();
      setText("#jq-find-status input", facts.status);
      setTimeout(() => {
        const option = Array.from(document.querySelectorAll("#jq-find-status li[role=option]"))
          .find((li) => (li.getAttribute("aria-label") || li.textContent.trim()) === facts.status);
        option?.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
        option?.click();
        field?.blur();
        setTimeout(() => document.getElementById("jq-find")?.click(), 300);
      }, 300);
    } else {
      setTimeout(() => document.getElementById("jq-find")?.click(), 300);
    }
    return true;
  }

  function openFinder(button) {
    const tab = Array.from(document.querySelectorAll('button[role="tab"]'))
      .find((t) => t.textContent.trim() === "맞춤 사업 찾기");
    if (!tab) return;
    const facts = {};
    button?.closest(".jq-copyable")?.querySelectorAll(".jq-finder-facts [class^='jq-fact-']").forEach((el) => {
      facts[el.className.slice("jq-fact-".length)] = el.textContent;
    });
    tab.click();
    window.scrollTo({ top: 0 });
    if (!Object.keys(facts).length) return;
    let tries = 0;
    const fill = () => { if (!fillFinder(facts) && ++tries < 40) setTimeout(fill, 100); };
    setTimeout(fill, 100);
  }

  document.addEventListener("click", (event) => {
    const finder = event.target.closest(".jq-open-finder");
    if (finder) return openFinder(finder);
    const button = event.target.closest(".jq-copy");
    if (button) return copyClicked(button);
    const link = event.target.closest("a.jq-cite");
    if (link) citationClicked(link, event);
  }, true);

  // Opening a whole document shows the marked passage, not the top of the document.
  document.addEventListener("toggle", (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    const box = details.querySelector(".jq-doc");
    const mark = box?.querySelector("mark.jq-passage-mark");
    if (mark) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
  }, true);

  // Screen readers: each message's label is its text, not its HTML.
  function labelMessages(root) {
    root.querySelectorAll('#jq-chat [data-testid="bot"], #jq-chat [data-testid="user"]').forEach((message) => {
      const plain = message.querySelector(".jq-plain");
      const text = (plain ? plainText(plain) : message.textContent).trim();
      const label = (message.dataset.testid === "bot" ? "답변: " : "질문: ") + text;
      if (message.getAttribute("aria-label") !== label) message.setAttribute("aria-label", label);
    });
  }

  // A new question scrolls the chat so that it, and the answer under it, start at the top of the box.
  let questionsSeen = 0;
  function scrollToNewQuestion() {
    const questions = document.querySelectorAll('#jq-chat [data-testid="user"]');
    if (questions.length === questionsSeen) return;
    const grew = questions.length > questionsSeen;
    questionsSeen = questions.length;
    if (!grew) return;
    const question = questions[questions.length - 1];
    let box = question.parentElement;
    while (box && box.id !== "jq-chat" && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
      box = box.parentElement;
    }
    if (box && box.id !== "jq-chat") {
      box.scrollTop += question.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    }
  }

  function focusQuestionOnWideScreens() {
    const box = document.querySelector("#jq-question textarea");
    if (!box) return false;
    if (window.matchMedia(WIDE).matches) box.focus({ preventScroll: true });
    return true;
  }

  // The comment box appears under the chat after a 👍/👎: bring it on screen and put the cursor in it.
  let commentShown = false;
  function showCommentBox() {
    const box = document.querySelector("#jq-comment textarea");
    const visible = !!box && box.offsetParent !== null;
    if (visible && !commentShown) {
      box.scrollIntoView({ block: "center" });
      box.focus({ preventScroll: true });
    }
    commentShown = visible;
  }

  // Gradio's own strings (upload, clear, queue, errors, footer) follow the browser's language; the page is
  // Korean, so they are Korean in every browser. Gradio injects this script after it has picked a language,
  // so switch with its own changeLocale (the one its settings panel uses), from the module already loaded.
  let koreanGradio = false;
  function makeGradioKorean() {
    const core = performance.getEntriesByType("resource").map((e) => e.name)
      .find((name) => /\/assets\/core-[\w-]+\.js$/.test(name));
    if (!core) return false;
    import(core).then((module) => module.changeLocale?.("ko")).catch(() => {});
    return true;
  }

  let focused = false;
  new MutationObserver(() => {
    if (!koreanGradio) koreanGradio = makeGradioKorean();
    labelMessages(document);
    scrollToNewQuestion();
    showCommentBox();
    if (!focused) focused = focusQuestionOnWideScreens();
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true,
                                         attributes: true, attributeFilter: ["aria-label"] });
})();
</script>
"""
