const API_URL = "/api";
const RETRY_LIMIT = 3;

async function loadStatus() {
  const response = await fetch(`${API_URL}/status`);
  const status = await response.json();
  document.querySelector("#status").textContent = status.message;
}

loadStatus();
