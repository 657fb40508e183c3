"""The Streamlit app's views (the only package besides dashboard.py that imports streamlit)."""
