"""Streamlit entry point: `streamlit run dashboard.py` serves the dashboard on the snapshot in data/.

A session runs this file as __main__ and gets the page. The server imports it as a module at start and finds
`app`, whose start-up hook draws the page once before the first visitor connects (evidence/app/startup.py).
"""

import streamlit as st

from evidence.app.startup import lifespan

if __name__ == "__main__":
    from evidence.app.main import render
    from evidence.settings import Settings

    render(Settings.from_env())
else:
    app = st.App(__file__, lifespan=lifespan)
