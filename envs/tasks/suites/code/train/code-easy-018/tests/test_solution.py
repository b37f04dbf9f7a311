import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_49(29) == -20, '29'
assert solution.sub_49(19) == -30, '19'
assert solution.sub_49(97) == 48, '97'
assert solution.sub_49(6) == -43, '6'
