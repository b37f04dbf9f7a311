import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_12(-7) == -19, '-7'
assert solution.sub_12(99) == 87, '99'
assert solution.sub_12(94) == 82, '94'
assert solution.sub_12(60) == 48, '60'
