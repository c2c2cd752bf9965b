// Demo pages only pretend to send: nothing leaves this computer. Shows what would have been sent.
for (const form of document.querySelectorAll('form[data-demo]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const status = document.getElementById('status');
    if (status)
      status.textContent = `${form.dataset.demo} at ${new Date().toLocaleTimeString()} (demo: nothing was sent).`;
  });
}
