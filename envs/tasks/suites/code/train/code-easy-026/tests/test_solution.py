import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_20(13) == 33, '13'
assert solution.add_20(-14) == 6, '-14'
assert solution.add_20(-15) == 5, '-15'
assert solution.add_20(47) == 67, '47'
