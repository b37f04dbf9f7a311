#!/usr/bin/env bash
mv /workspace/velvet.txt /workspace/maple.txt
