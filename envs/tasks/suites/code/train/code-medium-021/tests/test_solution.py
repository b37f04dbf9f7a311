import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.count_a('banana') == 3, "'banana'"
assert solution.count_a('queue') == 0, "'queue'"
assert solution.count_a('sky') == 0, "'sky'"
assert solution.count_a('education') == 1, "'education'"
assert solution.count_a('aardvark') == 3, "'aardvark'"
