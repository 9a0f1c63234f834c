"""Driving Debian's headless Chromium with selenium (the page test and benchmarks/serve_check.py)."""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


def have_browser() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


def browser(width: int = 1400, height: int = 1000):
    """A headless Chromium session; no network but loopback is needed (background fetches are off)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + (f"--window-size={width},{height}",):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def ask_in_browser(driver, url: str, question: str, timeout: float = 60.0) -> dict:
    """Load the page, type ``question``, press Ask; the rendered SQL, result rows, links and message."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout)
    driver.get(url)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#database option"))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#schema .schema-table"))
    driver.find_element(By.ID, "question").send_keys(question)
    driver.find_element(By.ID, "ask").click()
    wait.until(lambda d: d.find_element(By.ID, "sql").text not in ("", "…") or d.find_element(By.ID, "message").text)
    wait.until(ec.element_to_be_clickable((By.ID, "ask")))
    rows = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            for row in driver.find_elements(By.CSS_SELECTOR, "#rows tr")[1:]]
    return {"sql": driver.find_element(By.ID, "sql").text, "rows": rows,
            "message": driver.find_element(By.ID, "message").text,
            "links": driver.find_elements(By.CSS_SELECTOR, "#links .link")}


def wait_for(driver, css: str, count: int = 1, timeout: float = 10.0) -> list:
    """The elements matching ``css`` once there are at least ``count`` of them."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= count)
    return driver.find_elements(By.CSS_SELECTOR, css)
