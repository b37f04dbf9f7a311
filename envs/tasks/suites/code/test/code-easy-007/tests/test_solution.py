import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_25(17) == -8, '17'
assert solution.sub_25(87) == 62, '87'
assert solution.sub_25(37) == 12, '37'
assert solution.sub_25(88) == 63, '88'
