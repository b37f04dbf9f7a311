import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.count_e('banana') == 0, "'banana'"
assert solution.count_e('queue') == 2, "'queue'"
assert solution.count_e('sky') == 0, "'sky'"
assert solution.count_e('education') == 1, "'education'"
assert solution.count_e('aardvark') == 0, "'aardvark'"
