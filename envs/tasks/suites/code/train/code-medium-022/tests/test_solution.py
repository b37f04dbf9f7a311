import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.count_i('banana') == 0, "'banana'"
assert solution.count_i('queue') == 0, "'queue'"
assert solution.count_i('sky') == 0, "'sky'"
assert solution.count_i('education') == 1, "'education'"
assert solution.count_i('aardvark') == 0, "'aardvark'"
