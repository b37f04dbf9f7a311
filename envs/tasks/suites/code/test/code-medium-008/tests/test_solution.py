import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.count_u('banana') == 0, "'banana'"
assert solution.count_u('queue') == 2, "'queue'"
assert solution.count_u('sky') == 0, "'sky'"
assert solution.count_u('education') == 1, "'education'"
assert solution.count_u('aardvark') == 0, "'aardvark'"
