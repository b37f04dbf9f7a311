#!/usr/bin/env bash
cp /workspace/coral.txt /workspace/walnut.txt && sed -i 's/sunny/mango/g' /workspace/walnut.txt
