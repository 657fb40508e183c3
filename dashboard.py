"""Streamlit entry point: `streamlit run dashboard.py` serves the dashboard on the snapshot in data/."""

from evidence.app.main import render
from evidence.settings import Settings

render(Settings.from_env())
