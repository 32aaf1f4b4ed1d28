"""Executes a notebook headless, as `jupyter nbconvert --execute` does, without losing late output.

    python3 scripts/run-notebook.py NOTEBOOK OUTPUT KERNEL

nbclient stops listening to a cell at the kernel's first "idle" status. The Deno kernel now and then
publishes a cell's output (a console.log, a cell's result) just after that status, and nbclient then
drops it. This runner keeps listening to each cell until no message has come for GRACE seconds after
"idle", so every output the kernel sends for a cell lands in that cell.
"""
import asyncio
import queue
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async

GRACE = 0.5


class PatientClient(NotebookClient):
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=GRACE if idle else None))
            except queue.Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True


def main():
    source, target, kernel = sys.argv[1:4]
    nb = nbformat.read(source, as_version=4)
    PatientClient(nb, timeout=120, kernel_name=kernel, resources={"metadata": {"path": "examples"}}).execute()
    nbformat.write(nb, target)


if __name__ == "__main__":
    main()
