import os

import torch

from deepfix.machine import Machine, cpu_model


def test_machine_record_is_read_at_run_time():
    machine = Machine()
    record = machine.record()
    assert record["cpu_count"] == os.cpu_count()
    assert record["torch"] == torch.__version__ and record["torch_threads"] == torch.get_num_threads()
    assert len(record["load_average_before"]) == 3 and len(record["load_average_after"]) == 3
    assert all(value >= 0 for value in record["load_average_before"] + record["load_average_after"])
    assert isinstance(cpu_model(), str) and cpu_model()
