// The console's shell: the login form, the navigation and a hash router over the pages.
import { call, forgetToken, setToken, token, whenUnauthorized } from "./api.js";
import * as overview from "./overview.js";
import * as subscribers from "./subscribers.js";
import * as subscriber from "./subscriber.js";
import * as importPage from "./import.js";
import * as peers from "./peers.js";
import * as audit from "./audit.js";

const pages = { overview, subscribers, subscriber, import: importPage, peers, audit };
const main = document.getElementById("main");
let stopPage = null;

function showLogin(message) {
  if (stopPage) stopPage();
  stopPage = null;
  main.replaceChildren();
  document.getElementById("nav").hidden = true;
  document.getElementById("login").hidden = false;
  document.getElementById("login-error").textContent = message || "";
  document.getElementById("token").focus();
}

async function login(event) {
  event.preventDefault();
  setToken(document.getElementById("token").value);
  // any guarded read tells whether the token is right
  const answer = await call("GET", "/api/v1/subscribers?limit=1");
  if (answer.status !== 200) {
    forgetToken();
    showLogin(answer.status === 401 ? "The token was refused." : "The API answered " + answer.status);
    return;
  }
  document.getElementById("token").value = "";
  route();
}

function route() {
  if (token() === null) {
    showLogin();
    return;
  }
  document.getElementById("login").hidden = true;
  document.getElementById("nav").hidden = false;
  const [name, ...rest] = (location.hash.replace(/^#\/?/, "") || "overview").split("/");
  const page = pages[name] || overview;
  for (const a of document.querySelectorAll("#nav a")) {
    a.classList.toggle("active", a.getAttribute("href") === "#/" + name);
  }
  if (stopPage) stopPage();
  stopPage = page.render(main, rest.map(decodeURIComponent)) || null;
}

whenUnauthorized(() => {
  forgetToken();
  showLogin("The token was refused.");
});
document.getElementById("login-form").addEventListener("submit", login);
document.getElementById("logout").addEventListener("click", () => {
  forgetToken();
  showLogin();
});
window.addEventListener("hashchange", route);
route();
