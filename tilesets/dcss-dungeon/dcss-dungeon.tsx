<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="dcss-dungeon" tilewidth="32" tileheight="32" spacing="0" margin="0" tilecount="1640" columns="41">
 <image source="dcss-dungeon.png" width="1312" height="1280"/>
 <tile id="0" type="cluster-10">
  <properties>
   <property name="class" value="cluster-10"/>
   <property name="latent" value="sprite_013.npy"/>
   <property name="origin" value="generated-weapons/sprite_013.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="1" type="cluster-10">
  <properties>
   <property name="class" value="cluster-10"/>
   <property name="latent" value="sprite_022.npy"/>
   <property name="origin" value="generated-weapons/sprite_022.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="2" type="cluster-11">
  <properties>
   <property name="class" value="cluster-11"/>
   <property name="latent" value="sprite_025.npy"/>
   <property name="origin" value="generated-weapons/sprite_025.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="3" type="cluster-12">
  <properties>
   <property name="class" value="cluster-12"/>
   <property name="latent" value="sprite_018.npy"/>
   <property name="origin" value="generated-weapons/sprite_018.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="4" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_006.npy"/>
   <property name="origin" value="generated-weapons/sprite_006.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="5" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_007.npy"/>
   <property name="origin" value="generated-weapons/sprite_007.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="6" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_037.npy"/>
   <property name="origin" value="generated-weapons/sprite_037.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="7" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_056.npy"/>
   <property name="origin" value="generated-weapons/sprite_056.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="8" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_062.npy"/>
   <property name="origin" value="generated-weapons/sprite_062.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="9" type="cluster-13">
  <properties>
   <property name="class" value="cluster-13"/>
   <property name="latent" value="sprite_063.npy"/>
   <property name="origin" value="generated-weapons/sprite_063.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="10" type="cluster-14">
  <properties>
   <property name="class" value="cluster-14"/>
   <property name="latent" value="sprite_015.npy"/>
   <property name="origin" value="generated-weapons/sprite_015.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="11" type="cluster-16">
  <properties>
   <property name="class" value="cluster-16"/>
   <property name="latent" value="sprite_011.npy"/>
   <property name="origin" value="generated-weapons/sprite_011.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="12" type="cluster-16">
  <properties>
   <property name="class" value="cluster-16"/>
   <property name="latent" value="sprite_040.npy"/>
   <property name="origin" value="generated-weapons/sprite_040.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="13" type="cluster-17">
  <properties>
   <property name="class" value="cluster-17"/>
   <property name="latent" value="sprite_038.npy"/>
   <property name="origin" value="generated-weapons/sprite_038.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="14" type="cluster-17">
  <properties>
   <property name="class" value="cluster-17"/>
   <property name="latent" value="sprite_041.npy"/>
   <property name="origin" value="generated-weapons/sprite_041.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="15" type="cluster-18">
  <properties>
   <property name="class" value="cluster-18"/>
   <property name="latent" value="sprite_004.npy"/>
   <property name="origin" value="generated-weapons/sprite_004.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="16" type="cluster-18">
  <properties>
   <property name="class" value="cluster-18"/>
   <property name="latent" value="sprite_021.npy"/>
   <property name="origin" value="generated-weapons/sprite_021.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="17" type="cluster-19">
  <properties>
   <property name="class" value="cluster-19"/>
   <property name="latent" value="sprite_030.npy"/>
   <property name="origin" value="generated-weapons/sprite_030.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="18" type="cluster-19">
  <properties>
   <property name="class" value="cluster-19"/>
   <property name="latent" value="sprite_054.npy"/>
   <property name="origin" value="generated-weapons/sprite_054.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="19" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_005.npy"/>
   <property name="origin" value="generated-weapons/sprite_005.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="20" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_008.npy"/>
   <property name="origin" value="generated-weapons/sprite_008.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="21" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_026.npy"/>
   <property name="origin" value="generated-weapons/sprite_026.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="22" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_047.npy"/>
   <property name="origin" value="generated-weapons/sprite_047.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="23" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_051.npy"/>
   <property name="origin" value="generated-weapons/sprite_051.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="24" type="cluster-1">
  <properties>
   <property name="class" value="cluster-1"/>
   <property name="latent" value="sprite_057.npy"/>
   <property name="origin" value="generated-weapons/sprite_057.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="25" type="cluster-20">
  <properties>
   <property name="class" value="cluster-20"/>
   <property name="latent" value="sprite_031.npy"/>
   <property name="origin" value="generated-weapons/sprite_031.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="26" type="cluster-24">
  <properties>
   <property name="class" value="cluster-24"/>
   <property name="latent" value="sprite_017.npy"/>
   <property name="origin" value="generated-weapons/sprite_017.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="27" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_019.npy"/>
   <property name="origin" value="generated-weapons/sprite_019.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="28" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_020.npy"/>
   <property name="origin" value="generated-weapons/sprite_020.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="29" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_034.npy"/>
   <property name="origin" value="generated-weapons/sprite_034.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="30" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_035.npy"/>
   <property name="origin" value="generated-weapons/sprite_035.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="31" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_043.npy"/>
   <property name="origin" value="generated-weapons/sprite_043.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="32" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_044.npy"/>
   <property name="origin" value="generated-weapons/sprite_044.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="33" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_045.npy"/>
   <property name="origin" value="generated-weapons/sprite_045.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="34" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_048.npy"/>
   <property name="origin" value="generated-weapons/sprite_048.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="35" type="cluster-2">
  <properties>
   <property name="class" value="cluster-2"/>
   <property name="latent" value="sprite_059.npy"/>
   <property name="origin" value="generated-weapons/sprite_059.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="36" type="cluster-3">
  <properties>
   <property name="class" value="cluster-3"/>
   <property name="latent" value="sprite_010.npy"/>
   <property name="origin" value="generated-weapons/sprite_010.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="37" type="cluster-3">
  <properties>
   <property name="class" value="cluster-3"/>
   <property name="latent" value="sprite_027.npy"/>
   <property name="origin" value="generated-weapons/sprite_027.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="38" type="cluster-3">
  <properties>
   <property name="class" value="cluster-3"/>
   <property name="latent" value="sprite_032.npy"/>
   <property name="origin" value="generated-weapons/sprite_032.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="39" type="cluster-3">
  <properties>
   <property name="class" value="cluster-3"/>
   <property name="latent" value="sprite_055.npy"/>
   <property name="origin" value="generated-weapons/sprite_055.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="40" type="cluster-3">
  <properties>
   <property name="class" value="cluster-3"/>
   <property name="latent" value="sprite_058.npy"/>
   <property name="origin" value="generated-weapons/sprite_058.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="41" type="cluster-4">
  <properties>
   <property name="class" value="cluster-4"/>
   <property name="latent" value="sprite_012.npy"/>
   <property name="origin" value="generated-weapons/sprite_012.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="42" type="cluster-4">
  <properties>
   <property name="class" value="cluster-4"/>
   <property name="latent" value="sprite_029.npy"/>
   <property name="origin" value="generated-weapons/sprite_029.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="43" type="cluster-4">
  <properties>
   <property name="class" value="cluster-4"/>
   <property name="latent" value="sprite_039.npy"/>
   <property name="origin" value="generated-weapons/sprite_039.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="44" type="cluster-4">
  <properties>
   <property name="class" value="cluster-4"/>
   <property name="latent" value="sprite_042.npy"/>
   <property name="origin" value="generated-weapons/sprite_042.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="45" type="cluster-4">
  <properties>
   <property name="class" value="cluster-4"/>
   <property name="latent" value="sprite_060.npy"/>
   <property name="origin" value="generated-weapons/sprite_060.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="46" type="cluster-5">
  <properties>
   <property name="class" value="cluster-5"/>
   <property name="latent" value="sprite_002.npy"/>
   <property name="origin" value="generated-weapons/sprite_002.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="47" type="cluster-5">
  <properties>
   <property name="class" value="cluster-5"/>
   <property name="latent" value="sprite_014.npy"/>
   <property name="origin" value="generated-weapons/sprite_014.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="48" type="cluster-5">
  <properties>
   <property name="class" value="cluster-5"/>
   <property name="latent" value="sprite_033.npy"/>
   <property name="origin" value="generated-weapons/sprite_033.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="49" type="cluster-5">
  <properties>
   <property name="class" value="cluster-5"/>
   <property name="latent" value="sprite_050.npy"/>
   <property name="origin" value="generated-weapons/sprite_050.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="50" type="cluster-5">
  <properties>
   <property name="class" value="cluster-5"/>
   <property name="latent" value="sprite_053.npy"/>
   <property name="origin" value="generated-weapons/sprite_053.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="51" type="cluster-6">
  <properties>
   <property name="class" value="cluster-6"/>
   <property name="latent" value="sprite_003.npy"/>
   <property name="origin" value="generated-weapons/sprite_003.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="52" type="cluster-6">
  <properties>
   <property name="class" value="cluster-6"/>
   <property name="latent" value="sprite_009.npy"/>
   <property name="origin" value="generated-weapons/sprite_009.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="53" type="cluster-6">
  <properties>
   <property name="class" value="cluster-6"/>
   <property name="latent" value="sprite_028.npy"/>
   <property name="origin" value="generated-weapons/sprite_028.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="54" type="cluster-6">
  <properties>
   <property name="class" value="cluster-6"/>
   <property name="latent" value="sprite_049.npy"/>
   <property name="origin" value="generated-weapons/sprite_049.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="55" type="cluster-7">
  <properties>
   <property name="class" value="cluster-7"/>
   <property name="latent" value="sprite_016.npy"/>
   <property name="origin" value="generated-weapons/sprite_016.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="56" type="cluster-7">
  <properties>
   <property name="class" value="cluster-7"/>
   <property name="latent" value="sprite_052.npy"/>
   <property name="origin" value="generated-weapons/sprite_052.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="57" type="cluster-8">
  <properties>
   <property name="class" value="cluster-8"/>
   <property name="latent" value="sprite_000.npy"/>
   <property name="origin" value="generated-weapons/sprite_000.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="58" type="cluster-8">
  <properties>
   <property name="class" value="cluster-8"/>
   <property name="latent" value="sprite_001.npy"/>
   <property name="origin" value="generated-weapons/sprite_001.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="59" type="cluster-8">
  <properties>
   <property name="class" value="cluster-8"/>
   <property name="latent" value="sprite_036.npy"/>
   <property name="origin" value="generated-weapons/sprite_036.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="60" type="cluster-8">
  <properties>
   <property name="class" value="cluster-8"/>
   <property name="latent" value="sprite_046.npy"/>
   <property name="origin" value="generated-weapons/sprite_046.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="61" type="cluster-8">
  <properties>
   <property name="class" value="cluster-8"/>
   <property name="latent" value="sprite_061.npy"/>
   <property name="origin" value="generated-weapons/sprite_061.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="62" type="cluster-9">
  <properties>
   <property name="class" value="cluster-9"/>
   <property name="latent" value="sprite_023.npy"/>
   <property name="origin" value="generated-weapons/sprite_023.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="63" type="cluster-9">
  <properties>
   <property name="class" value="cluster-9"/>
   <property name="latent" value="sprite_024.npy"/>
   <property name="origin" value="generated-weapons/sprite_024.png"/>
   <property name="seed" type="int" value="7"/>
  </properties>
 </tile>
 <tile id="64" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/acidic_floor0.png"/>
  </properties>
 </tile>
 <tile id="65" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/acidic_floor1.png"/>
  </properties>
 </tile>
 <tile id="66" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/acidic_floor2.png"/>
  </properties>
 </tile>
 <tile id="67" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/acidic_floor3.png"/>
  </properties>
 </tile>
 <tile id="68" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt01.png"/>
  </properties>
 </tile>
 <tile id="69" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt02.png"/>
  </properties>
 </tile>
 <tile id="70" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt03.png"/>
  </properties>
 </tile>
 <tile id="71" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt04.png"/>
  </properties>
 </tile>
 <tile id="72" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt05.png"/>
  </properties>
 </tile>
 <tile id="73" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt06.png"/>
  </properties>
 </tile>
 <tile id="74" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt07.png"/>
  </properties>
 </tile>
 <tile id="75" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt08.png"/>
  </properties>
 </tile>
 <tile id="76" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt09.png"/>
  </properties>
 </tile>
 <tile id="77" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt10.png"/>
  </properties>
 </tile>
 <tile id="78" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt11.png"/>
  </properties>
 </tile>
 <tile id="79" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/black_cobalt12.png"/>
  </properties>
 </tile>
 <tile id="80" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/blade_floor0.png"/>
  </properties>
 </tile>
 <tile id="81" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/blade_floor1.png"/>
  </properties>
 </tile>
 <tile id="82" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/blade_floor2.png"/>
  </properties>
 </tile>
 <tile id="83" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/blade_floor3.png"/>
  </properties>
 </tile>
 <tile id="84" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bmaus_floor0.png"/>
  </properties>
 </tile>
 <tile id="85" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bmaus_floor1.png"/>
  </properties>
 </tile>
 <tile id="86" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bmaus_floor2.png"/>
  </properties>
 </tile>
 <tile id="87" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bmaus_floor3.png"/>
  </properties>
 </tile>
 <tile id="88" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bog_green0.png"/>
  </properties>
 </tile>
 <tile id="89" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bog_green1.png"/>
  </properties>
 </tile>
 <tile id="90" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bog_green2.png"/>
  </properties>
 </tile>
 <tile id="91" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/bog_green3.png"/>
  </properties>
 </tile>
 <tile id="92" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage0.png"/>
  </properties>
 </tile>
 <tile id="93" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage1.png"/>
  </properties>
 </tile>
 <tile id="94" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage2.png"/>
  </properties>
 </tile>
 <tile id="95" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage3.png"/>
  </properties>
 </tile>
 <tile id="96" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage4.png"/>
  </properties>
 </tile>
 <tile id="97" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cage5.png"/>
  </properties>
 </tile>
 <tile id="98" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood1.png"/>
  </properties>
 </tile>
 <tile id="99" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood10.png"/>
  </properties>
 </tile>
 <tile id="100" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood11.png"/>
  </properties>
 </tile>
 <tile id="101" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood12.png"/>
  </properties>
 </tile>
 <tile id="102" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood2.png"/>
  </properties>
 </tile>
 <tile id="103" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood3.png"/>
  </properties>
 </tile>
 <tile id="104" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood4.png"/>
  </properties>
 </tile>
 <tile id="105" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood5.png"/>
  </properties>
 </tile>
 <tile id="106" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood6.png"/>
  </properties>
 </tile>
 <tile id="107" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood7.png"/>
  </properties>
 </tile>
 <tile id="108" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood8.png"/>
  </properties>
 </tile>
 <tile id="109" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/cobble_blood9.png"/>
  </properties>
 </tile>
 <tile id="110" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt0.png"/>
  </properties>
 </tile>
 <tile id="111" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt1.png"/>
  </properties>
 </tile>
 <tile id="112" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt10.png"/>
  </properties>
 </tile>
 <tile id="113" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt11.png"/>
  </properties>
 </tile>
 <tile id="114" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt2.png"/>
  </properties>
 </tile>
 <tile id="115" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt3.png"/>
  </properties>
 </tile>
 <tile id="116" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt4.png"/>
  </properties>
 </tile>
 <tile id="117" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt5.png"/>
  </properties>
 </tile>
 <tile id="118" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt6.png"/>
  </properties>
 </tile>
 <tile id="119" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt7.png"/>
  </properties>
 </tile>
 <tile id="120" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt8.png"/>
  </properties>
 </tile>
 <tile id="121" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt9.png"/>
  </properties>
 </tile>
 <tile id="122" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_1a.png"/>
  </properties>
 </tile>
 <tile id="123" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_1b.png"/>
  </properties>
 </tile>
 <tile id="124" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_2a.png"/>
  </properties>
 </tile>
 <tile id="125" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_3a.png"/>
  </properties>
 </tile>
 <tile id="126" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_4a.png"/>
  </properties>
 </tile>
 <tile id="127" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_4b.png"/>
  </properties>
 </tile>
 <tile id="128" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_5a.png"/>
  </properties>
 </tile>
 <tile id="129" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_6a.png"/>
  </properties>
 </tile>
 <tile id="130" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_7a.png"/>
  </properties>
 </tile>
 <tile id="131" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crypt_domino_8a.png"/>
  </properties>
 </tile>
 <tile id="132" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal0.png"/>
  </properties>
 </tile>
 <tile id="133" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal1.png"/>
  </properties>
 </tile>
 <tile id="134" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal2.png"/>
  </properties>
 </tile>
 <tile id="135" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal3.png"/>
  </properties>
 </tile>
 <tile id="136" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor0.png"/>
  </properties>
 </tile>
 <tile id="137" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor1.png"/>
  </properties>
 </tile>
 <tile id="138" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor2.png"/>
  </properties>
 </tile>
 <tile id="139" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor3.png"/>
  </properties>
 </tile>
 <tile id="140" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor4.png"/>
  </properties>
 </tile>
 <tile id="141" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/crystal_floor5.png"/>
  </properties>
 </tile>
 <tile id="142" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red1.png"/>
  </properties>
 </tile>
 <tile id="143" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red2.png"/>
  </properties>
 </tile>
 <tile id="144" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red3.png"/>
  </properties>
 </tile>
 <tile id="145" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red4.png"/>
  </properties>
 </tile>
 <tile id="146" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red5.png"/>
  </properties>
 </tile>
 <tile id="147" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red6.png"/>
  </properties>
 </tile>
 <tile id="148" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red7.png"/>
  </properties>
 </tile>
 <tile id="149" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red8.png"/>
  </properties>
 </tile>
 <tile id="150" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/demonic_red9.png"/>
  </properties>
 </tile>
 <tile id="151" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/depthstone_floor0.png"/>
  </properties>
 </tile>
 <tile id="152" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/depthstone_floor1.png"/>
  </properties>
 </tile>
 <tile id="153" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/depthstone_floor2.png"/>
  </properties>
 </tile>
 <tile id="154" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/depthstone_floor3.png"/>
  </properties>
 </tile>
 <tile id="155" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/depthstone_floor4.png"/>
  </properties>
 </tile>
 <tile id="156" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt0.png"/>
  </properties>
 </tile>
 <tile id="157" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt1.png"/>
  </properties>
 </tile>
 <tile id="158" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt2.png"/>
  </properties>
 </tile>
 <tile id="159" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_e.png"/>
  </properties>
 </tile>
 <tile id="160" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_full.png"/>
  </properties>
 </tile>
 <tile id="161" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_n.png"/>
  </properties>
 </tile>
 <tile id="162" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_ne.png"/>
  </properties>
 </tile>
 <tile id="163" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_nw.png"/>
  </properties>
 </tile>
 <tile id="164" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_s.png"/>
  </properties>
 </tile>
 <tile id="165" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_se.png"/>
  </properties>
 </tile>
 <tile id="166" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_sw.png"/>
  </properties>
 </tile>
 <tile id="167" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/dirt_w.png"/>
  </properties>
 </tile>
 <tile id="168" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/endless_salt0.png"/>
  </properties>
 </tile>
 <tile id="169" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/endless_salt1.png"/>
  </properties>
 </tile>
 <tile id="170" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/endless_salt2.png"/>
  </properties>
 </tile>
 <tile id="171" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/endless_salt3.png"/>
  </properties>
 </tile>
 <tile id="172" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched0.png"/>
  </properties>
 </tile>
 <tile id="173" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched1.png"/>
  </properties>
 </tile>
 <tile id="174" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched2.png"/>
  </properties>
 </tile>
 <tile id="175" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched3.png"/>
  </properties>
 </tile>
 <tile id="176" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched4.png"/>
  </properties>
 </tile>
 <tile id="177" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/etched5.png"/>
  </properties>
 </tile>
 <tile id="178" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch0.png"/>
  </properties>
 </tile>
 <tile id="179" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch1.png"/>
  </properties>
 </tile>
 <tile id="180" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch2.png"/>
  </properties>
 </tile>
 <tile id="181" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch3.png"/>
  </properties>
 </tile>
 <tile id="182" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch4.png"/>
  </properties>
 </tile>
 <tile id="183" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch5.png"/>
  </properties>
 </tile>
 <tile id="184" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch6.png"/>
  </properties>
 </tile>
 <tile id="185" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch7.png"/>
  </properties>
 </tile>
 <tile id="186" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch8.png"/>
  </properties>
 </tile>
 <tile id="187" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch9.png"/>
  </properties>
 </tile>
 <tile id="188" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_catalyst.png"/>
  </properties>
 </tile>
 <tile id="189" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash0.png"/>
  </properties>
 </tile>
 <tile id="190" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash1.png"/>
  </properties>
 </tile>
 <tile id="191" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash2.png"/>
  </properties>
 </tile>
 <tile id="192" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash3.png"/>
  </properties>
 </tile>
 <tile id="193" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash4.png"/>
  </properties>
 </tile>
 <tile id="194" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash5.png"/>
  </properties>
 </tile>
 <tile id="195" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash6.png"/>
  </properties>
 </tile>
 <tile id="196" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_gulch_trash7.png"/>
  </properties>
 </tile>
 <tile id="197" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves0.png"/>
  </properties>
 </tile>
 <tile id="198" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves1.png"/>
  </properties>
 </tile>
 <tile id="199" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves2.png"/>
  </properties>
 </tile>
 <tile id="200" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves3.png"/>
  </properties>
 </tile>
 <tile id="201" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves4.png"/>
  </properties>
 </tile>
 <tile id="202" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves5.png"/>
  </properties>
 </tile>
 <tile id="203" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_nerves6.png"/>
  </properties>
 </tile>
 <tile id="204" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines0.png"/>
  </properties>
 </tile>
 <tile id="205" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines1.png"/>
  </properties>
 </tile>
 <tile id="206" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines2.png"/>
  </properties>
 </tile>
 <tile id="207" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines3.png"/>
  </properties>
 </tile>
 <tile id="208" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines4.png"/>
  </properties>
 </tile>
 <tile id="209" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines5.png"/>
  </properties>
 </tile>
 <tile id="210" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/floor_vines6.png"/>
  </properties>
 </tile>
 <tile id="211" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen0.png"/>
  </properties>
 </tile>
 <tile id="212" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen1.png"/>
  </properties>
 </tile>
 <tile id="213" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen10.png"/>
  </properties>
 </tile>
 <tile id="214" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen11.png"/>
  </properties>
 </tile>
 <tile id="215" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen12.png"/>
  </properties>
 </tile>
 <tile id="216" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen2.png"/>
  </properties>
 </tile>
 <tile id="217" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen3.png"/>
  </properties>
 </tile>
 <tile id="218" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen4.png"/>
  </properties>
 </tile>
 <tile id="219" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen5.png"/>
  </properties>
 </tile>
 <tile id="220" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen6.png"/>
  </properties>
 </tile>
 <tile id="221" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen7.png"/>
  </properties>
 </tile>
 <tile id="222" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen8.png"/>
  </properties>
 </tile>
 <tile id="223" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/frozen9.png"/>
  </properties>
 </tile>
 <tile id="224" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/gauntlet0.png"/>
  </properties>
 </tile>
 <tile id="225" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/gauntlet1.png"/>
  </properties>
 </tile>
 <tile id="226" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/gauntlet2.png"/>
  </properties>
 </tile>
 <tile id="227" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/gauntlet3.png"/>
  </properties>
 </tile>
 <tile id="228" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark0.png"/>
  </properties>
 </tile>
 <tile id="229" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark1.png"/>
  </properties>
 </tile>
 <tile id="230" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark2.png"/>
  </properties>
 </tile>
 <tile id="231" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark3.png"/>
  </properties>
 </tile>
 <tile id="232" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark4.png"/>
  </properties>
 </tile>
 <tile id="233" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark5.png"/>
  </properties>
 </tile>
 <tile id="234" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers0.png"/>
  </properties>
 </tile>
 <tile id="235" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers1.png"/>
  </properties>
 </tile>
 <tile id="236" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers2.png"/>
  </properties>
 </tile>
 <tile id="237" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers3.png"/>
  </properties>
 </tile>
 <tile id="238" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers4.png"/>
  </properties>
 </tile>
 <tile id="239" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-dark_flowers5.png"/>
  </properties>
 </tile>
 <tile id="240" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_e.png"/>
  </properties>
 </tile>
 <tile id="241" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_n.png"/>
  </properties>
 </tile>
 <tile id="242" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_ne.png"/>
  </properties>
 </tile>
 <tile id="243" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_nw.png"/>
  </properties>
 </tile>
 <tile id="244" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_s.png"/>
  </properties>
 </tile>
 <tile id="245" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_se.png"/>
  </properties>
 </tile>
 <tile id="246" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_sw.png"/>
  </properties>
 </tile>
 <tile id="247" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass-pedestal_w.png"/>
  </properties>
 </tile>
 <tile id="248" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass0.png"/>
  </properties>
 </tile>
 <tile id="249" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass1.png"/>
  </properties>
 </tile>
 <tile id="250" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass2.png"/>
  </properties>
 </tile>
 <tile id="251" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass3.png"/>
  </properties>
 </tile>
 <tile id="252" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass4.png"/>
  </properties>
 </tile>
 <tile id="253" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass5.png"/>
  </properties>
 </tile>
 <tile id="254" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_e.png"/>
  </properties>
 </tile>
 <tile id="255" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers0.png"/>
  </properties>
 </tile>
 <tile id="256" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers1.png"/>
  </properties>
 </tile>
 <tile id="257" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers2.png"/>
  </properties>
 </tile>
 <tile id="258" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers3.png"/>
  </properties>
 </tile>
 <tile id="259" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers4.png"/>
  </properties>
 </tile>
 <tile id="260" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_flowers5.png"/>
  </properties>
 </tile>
 <tile id="261" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_full.png"/>
  </properties>
 </tile>
 <tile id="262" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_n.png"/>
  </properties>
 </tile>
 <tile id="263" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_ne.png"/>
  </properties>
 </tile>
 <tile id="264" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_nw.png"/>
  </properties>
 </tile>
 <tile id="265" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_s.png"/>
  </properties>
 </tile>
 <tile id="266" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_se.png"/>
  </properties>
 </tile>
 <tile id="267" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_sw.png"/>
  </properties>
 </tile>
 <tile id="268" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grass/grass_w.png"/>
  </properties>
 </tile>
 <tile id="269" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones01.png"/>
  </properties>
 </tile>
 <tile id="270" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones02.png"/>
  </properties>
 </tile>
 <tile id="271" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones03.png"/>
  </properties>
 </tile>
 <tile id="272" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones04.png"/>
  </properties>
 </tile>
 <tile id="273" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones05.png"/>
  </properties>
 </tile>
 <tile id="274" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones06.png"/>
  </properties>
 </tile>
 <tile id="275" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones07.png"/>
  </properties>
 </tile>
 <tile id="276" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones08.png"/>
  </properties>
 </tile>
 <tile id="277" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones09.png"/>
  </properties>
 </tile>
 <tile id="278" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones10.png"/>
  </properties>
 </tile>
 <tile id="279" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones11.png"/>
  </properties>
 </tile>
 <tile id="280" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/green_bones12.png"/>
  </properties>
 </tile>
 <tile id="281" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt0.png"/>
  </properties>
 </tile>
 <tile id="282" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt1.png"/>
  </properties>
 </tile>
 <tile id="283" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt2.png"/>
  </properties>
 </tile>
 <tile id="284" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt3.png"/>
  </properties>
 </tile>
 <tile id="285" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt4.png"/>
  </properties>
 </tile>
 <tile id="286" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt5.png"/>
  </properties>
 </tile>
 <tile id="287" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt6.png"/>
  </properties>
 </tile>
 <tile id="288" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt7.png"/>
  </properties>
 </tile>
 <tile id="289" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_0.png"/>
  </properties>
 </tile>
 <tile id="290" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_1.png"/>
  </properties>
 </tile>
 <tile id="291" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_2.png"/>
  </properties>
 </tile>
 <tile id="292" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_3.png"/>
  </properties>
 </tile>
 <tile id="293" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_4.png"/>
  </properties>
 </tile>
 <tile id="294" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_5.png"/>
  </properties>
 </tile>
 <tile id="295" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_6.png"/>
  </properties>
 </tile>
 <tile id="296" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/grey_dirt_b_7.png"/>
  </properties>
 </tile>
 <tile id="297" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice0.png"/>
  </properties>
 </tile>
 <tile id="298" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice1.png"/>
  </properties>
 </tile>
 <tile id="299" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice2.png"/>
  </properties>
 </tile>
 <tile id="300" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice3.png"/>
  </properties>
 </tile>
 <tile id="301" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_E.png"/>
  </properties>
 </tile>
 <tile id="302" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_N.png"/>
  </properties>
 </tile>
 <tile id="303" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_NE.png"/>
  </properties>
 </tile>
 <tile id="304" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_NW.png"/>
  </properties>
 </tile>
 <tile id="305" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_S.png"/>
  </properties>
 </tile>
 <tile id="306" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_SE.png"/>
  </properties>
 </tile>
 <tile id="307" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_SW.png"/>
  </properties>
 </tile>
 <tile id="308" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/ice_overlay_W.png"/>
  </properties>
 </tile>
 <tile id="309" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/icy_floor0.png"/>
  </properties>
 </tile>
 <tile id="310" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/icy_floor1.png"/>
  </properties>
 </tile>
 <tile id="311" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/icy_floor2.png"/>
  </properties>
 </tile>
 <tile id="312" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/icy_floor3.png"/>
  </properties>
 </tile>
 <tile id="313" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal01.png"/>
  </properties>
 </tile>
 <tile id="314" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal02.png"/>
  </properties>
 </tile>
 <tile id="315" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal03.png"/>
  </properties>
 </tile>
 <tile id="316" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal04.png"/>
  </properties>
 </tile>
 <tile id="317" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal05.png"/>
  </properties>
 </tile>
 <tile id="318" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal06.png"/>
  </properties>
 </tile>
 <tile id="319" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal07.png"/>
  </properties>
 </tile>
 <tile id="320" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal08.png"/>
  </properties>
 </tile>
 <tile id="321" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal09.png"/>
  </properties>
 </tile>
 <tile id="322" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal10.png"/>
  </properties>
 </tile>
 <tile id="323" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal11.png"/>
  </properties>
 </tile>
 <tile id="324" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal12.png"/>
  </properties>
 </tile>
 <tile id="325" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal13.png"/>
  </properties>
 </tile>
 <tile id="326" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal14.png"/>
  </properties>
 </tile>
 <tile id="327" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal15.png"/>
  </properties>
 </tile>
 <tile id="328" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/infernal_blank.png"/>
  </properties>
 </tile>
 <tile id="329" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron0.png"/>
  </properties>
 </tile>
 <tile id="330" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron1.png"/>
  </properties>
 </tile>
 <tile id="331" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron2.png"/>
  </properties>
 </tile>
 <tile id="332" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron3.png"/>
  </properties>
 </tile>
 <tile id="333" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron4.png"/>
  </properties>
 </tile>
 <tile id="334" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/iron5.png"/>
  </properties>
 </tile>
 <tile id="335" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair0.png"/>
  </properties>
 </tile>
 <tile id="336" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair1.png"/>
  </properties>
 </tile>
 <tile id="337" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair10.png"/>
  </properties>
 </tile>
 <tile id="338" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair11.png"/>
  </properties>
 </tile>
 <tile id="339" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair12.png"/>
  </properties>
 </tile>
 <tile id="340" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair13.png"/>
  </properties>
 </tile>
 <tile id="341" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair14.png"/>
  </properties>
 </tile>
 <tile id="342" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair15.png"/>
  </properties>
 </tile>
 <tile id="343" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair2.png"/>
  </properties>
 </tile>
 <tile id="344" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair3.png"/>
  </properties>
 </tile>
 <tile id="345" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair4.png"/>
  </properties>
 </tile>
 <tile id="346" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair5.png"/>
  </properties>
 </tile>
 <tile id="347" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair6.png"/>
  </properties>
 </tile>
 <tile id="348" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair7.png"/>
  </properties>
 </tile>
 <tile id="349" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair8.png"/>
  </properties>
 </tile>
 <tile id="350" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lair9.png"/>
  </properties>
 </tile>
 <tile id="351" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava00.png"/>
  </properties>
 </tile>
 <tile id="352" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava01.png"/>
  </properties>
 </tile>
 <tile id="353" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava02.png"/>
  </properties>
 </tile>
 <tile id="354" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava03.png"/>
  </properties>
 </tile>
 <tile id="355" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava04.png"/>
  </properties>
 </tile>
 <tile id="356" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava05.png"/>
  </properties>
 </tile>
 <tile id="357" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava06.png"/>
  </properties>
 </tile>
 <tile id="358" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava07.png"/>
  </properties>
 </tile>
 <tile id="359" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava08.png"/>
  </properties>
 </tile>
 <tile id="360" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava09.png"/>
  </properties>
 </tile>
 <tile id="361" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava10.png"/>
  </properties>
 </tile>
 <tile id="362" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava11.png"/>
  </properties>
 </tile>
 <tile id="363" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0000.png"/>
  </properties>
 </tile>
 <tile id="364" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0001.png"/>
  </properties>
 </tile>
 <tile id="365" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0002.png"/>
  </properties>
 </tile>
 <tile id="366" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0003.png"/>
  </properties>
 </tile>
 <tile id="367" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0004.png"/>
  </properties>
 </tile>
 <tile id="368" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0005.png"/>
  </properties>
 </tile>
 <tile id="369" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0006.png"/>
  </properties>
 </tile>
 <tile id="370" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0007.png"/>
  </properties>
 </tile>
 <tile id="371" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0008.png"/>
  </properties>
 </tile>
 <tile id="372" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0009.png"/>
  </properties>
 </tile>
 <tile id="373" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0010.png"/>
  </properties>
 </tile>
 <tile id="374" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0011.png"/>
  </properties>
 </tile>
 <tile id="375" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0012.png"/>
  </properties>
 </tile>
 <tile id="376" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0013.png"/>
  </properties>
 </tile>
 <tile id="377" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0014.png"/>
  </properties>
 </tile>
 <tile id="378" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/lava_sea0015.png"/>
  </properties>
 </tile>
 <tile id="379" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone0.png"/>
  </properties>
 </tile>
 <tile id="380" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone1.png"/>
  </properties>
 </tile>
 <tile id="381" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone2.png"/>
  </properties>
 </tile>
 <tile id="382" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone3.png"/>
  </properties>
 </tile>
 <tile id="383" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone4.png"/>
  </properties>
 </tile>
 <tile id="384" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone5.png"/>
  </properties>
 </tile>
 <tile id="385" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone6.png"/>
  </properties>
 </tile>
 <tile id="386" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone7.png"/>
  </properties>
 </tile>
 <tile id="387" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone8.png"/>
  </properties>
 </tile>
 <tile id="388" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/limestone9.png"/>
  </properties>
 </tile>
 <tile id="389" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor1.png"/>
  </properties>
 </tile>
 <tile id="390" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor2.png"/>
  </properties>
 </tile>
 <tile id="391" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor3.png"/>
  </properties>
 </tile>
 <tile id="392" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor4.png"/>
  </properties>
 </tile>
 <tile id="393" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor5.png"/>
  </properties>
 </tile>
 <tile id="394" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/marble_floor6.png"/>
  </properties>
 </tile>
 <tile id="395" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mesh0.png"/>
  </properties>
 </tile>
 <tile id="396" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mesh1.png"/>
  </properties>
 </tile>
 <tile id="397" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mesh2.png"/>
  </properties>
 </tile>
 <tile id="398" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mesh3.png"/>
  </properties>
 </tile>
 <tile id="399" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_gold0.png"/>
  </properties>
 </tile>
 <tile id="400" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_gold1.png"/>
  </properties>
 </tile>
 <tile id="401" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_gold2.png"/>
  </properties>
 </tile>
 <tile id="402" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_gold3.png"/>
  </properties>
 </tile>
 <tile id="403" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_infernal0.png"/>
  </properties>
 </tile>
 <tile id="404" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_infernal1.png"/>
  </properties>
 </tile>
 <tile id="405" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_infernal2.png"/>
  </properties>
 </tile>
 <tile id="406" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_infernal3.png"/>
  </properties>
 </tile>
 <tile id="407" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_silver0.png"/>
  </properties>
 </tile>
 <tile id="408" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_silver1.png"/>
  </properties>
 </tile>
 <tile id="409" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_silver2.png"/>
  </properties>
 </tile>
 <tile id="410" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/metal_silver3.png"/>
  </properties>
 </tile>
 <tile id="411" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic0.png"/>
  </properties>
 </tile>
 <tile id="412" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic1.png"/>
  </properties>
 </tile>
 <tile id="413" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic10.png"/>
  </properties>
 </tile>
 <tile id="414" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic11.png"/>
  </properties>
 </tile>
 <tile id="415" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic12.png"/>
  </properties>
 </tile>
 <tile id="416" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic13.png"/>
  </properties>
 </tile>
 <tile id="417" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic14.png"/>
  </properties>
 </tile>
 <tile id="418" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic15.png"/>
  </properties>
 </tile>
 <tile id="419" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic2.png"/>
  </properties>
 </tile>
 <tile id="420" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic3.png"/>
  </properties>
 </tile>
 <tile id="421" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic4.png"/>
  </properties>
 </tile>
 <tile id="422" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic5.png"/>
  </properties>
 </tile>
 <tile id="423" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic6.png"/>
  </properties>
 </tile>
 <tile id="424" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic7.png"/>
  </properties>
 </tile>
 <tile id="425" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic8.png"/>
  </properties>
 </tile>
 <tile id="426" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mosaic9.png"/>
  </properties>
 </tile>
 <tile id="427" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/moss0.png"/>
  </properties>
 </tile>
 <tile id="428" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/moss1.png"/>
  </properties>
 </tile>
 <tile id="429" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/moss2.png"/>
  </properties>
 </tile>
 <tile id="430" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/moss3.png"/>
  </properties>
 </tile>
 <tile id="431" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mud0.png"/>
  </properties>
 </tile>
 <tile id="432" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mud1.png"/>
  </properties>
 </tile>
 <tile id="433" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mud2.png"/>
  </properties>
 </tile>
 <tile id="434" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mud3.png"/>
  </properties>
 </tile>
 <tile id="435" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm0.png"/>
  </properties>
 </tile>
 <tile id="436" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm1.png"/>
  </properties>
 </tile>
 <tile id="437" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm2.png"/>
  </properties>
 </tile>
 <tile id="438" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm3.png"/>
  </properties>
 </tile>
 <tile id="439" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm4.png"/>
  </properties>
 </tile>
 <tile id="440" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm5.png"/>
  </properties>
 </tile>
 <tile id="441" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm6.png"/>
  </properties>
 </tile>
 <tile id="442" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/mystic_chasm7.png"/>
  </properties>
 </tile>
 <tile id="443" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares00.png"/>
  </properties>
 </tile>
 <tile id="444" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares01.png"/>
  </properties>
 </tile>
 <tile id="445" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares02.png"/>
  </properties>
 </tile>
 <tile id="446" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares03.png"/>
  </properties>
 </tile>
 <tile id="447" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares04.png"/>
  </properties>
 </tile>
 <tile id="448" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares05.png"/>
  </properties>
 </tile>
 <tile id="449" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares06.png"/>
  </properties>
 </tile>
 <tile id="450" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares07.png"/>
  </properties>
 </tile>
 <tile id="451" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares08.png"/>
  </properties>
 </tile>
 <tile id="452" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares09.png"/>
  </properties>
 </tile>
 <tile id="453" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares10.png"/>
  </properties>
 </tile>
 <tile id="454" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares11.png"/>
  </properties>
 </tile>
 <tile id="455" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares12.png"/>
  </properties>
 </tile>
 <tile id="456" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares13.png"/>
  </properties>
 </tile>
 <tile id="457" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares14.png"/>
  </properties>
 </tile>
 <tile id="458" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necro_squares15.png"/>
  </properties>
 </tile>
 <tile id="459" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_grass_1.png"/>
  </properties>
 </tile>
 <tile id="460" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_grass_2.png"/>
  </properties>
 </tile>
 <tile id="461" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_grass_3.png"/>
  </properties>
 </tile>
 <tile id="462" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_grass_4.png"/>
  </properties>
 </tile>
 <tile id="463" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_square_grass_1.png"/>
  </properties>
 </tile>
 <tile id="464" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_square_grass_2.png"/>
  </properties>
 </tile>
 <tile id="465" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_square_grass_3.png"/>
  </properties>
 </tile>
 <tile id="466" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_square_grass_4.png"/>
  </properties>
 </tile>
 <tile id="467" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_squares_1.png"/>
  </properties>
 </tile>
 <tile id="468" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_squares_2.png"/>
  </properties>
 </tile>
 <tile id="469" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_squares_3.png"/>
  </properties>
 </tile>
 <tile id="470" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_squares_4.png"/>
  </properties>
 </tile>
 <tile id="471" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_tile_grass_2.png"/>
  </properties>
 </tile>
 <tile id="472" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/necropolis_tile_grass_3.png"/>
  </properties>
 </tile>
 <tile id="473" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc0.png"/>
  </properties>
 </tile>
 <tile id="474" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc1.png"/>
  </properties>
 </tile>
 <tile id="475" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc2.png"/>
  </properties>
 </tile>
 <tile id="476" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc3.png"/>
  </properties>
 </tile>
 <tile id="477" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc4.png"/>
  </properties>
 </tile>
 <tile id="478" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc5.png"/>
  </properties>
 </tile>
 <tile id="479" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc6.png"/>
  </properties>
 </tile>
 <tile id="480" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/orc7.png"/>
  </properties>
 </tile>
 <tile id="481" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown0.png"/>
  </properties>
 </tile>
 <tile id="482" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown1.png"/>
  </properties>
 </tile>
 <tile id="483" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown2.png"/>
  </properties>
 </tile>
 <tile id="484" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown3.png"/>
  </properties>
 </tile>
 <tile id="485" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown4.png"/>
  </properties>
 </tile>
 <tile id="486" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown5.png"/>
  </properties>
 </tile>
 <tile id="487" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown6.png"/>
  </properties>
 </tile>
 <tile id="488" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown7.png"/>
  </properties>
 </tile>
 <tile id="489" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pebble_brown8.png"/>
  </properties>
 </tile>
 <tile id="490" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_e.png"/>
  </properties>
 </tile>
 <tile id="491" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_full.png"/>
  </properties>
 </tile>
 <tile id="492" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_n.png"/>
  </properties>
 </tile>
 <tile id="493" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_ne.png"/>
  </properties>
 </tile>
 <tile id="494" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_nw.png"/>
  </properties>
 </tile>
 <tile id="495" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_s.png"/>
  </properties>
 </tile>
 <tile id="496" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_se.png"/>
  </properties>
 </tile>
 <tile id="497" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_sw.png"/>
  </properties>
 </tile>
 <tile id="498" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/pedestal_w.png"/>
  </properties>
 </tile>
 <tile id="499" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rect_gray0.png"/>
  </properties>
 </tile>
 <tile id="500" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rect_gray1.png"/>
  </properties>
 </tile>
 <tile id="501" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rect_gray2.png"/>
  </properties>
 </tile>
 <tile id="502" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rect_gray3.png"/>
  </properties>
 </tile>
 <tile id="503" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rough_red0.png"/>
  </properties>
 </tile>
 <tile id="504" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rough_red1.png"/>
  </properties>
 </tile>
 <tile id="505" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rough_red2.png"/>
  </properties>
 </tile>
 <tile id="506" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/rough_red3.png"/>
  </properties>
 </tile>
 <tile id="507" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/runelight0.png"/>
  </properties>
 </tile>
 <tile id="508" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/runelight1.png"/>
  </properties>
 </tile>
 <tile id="509" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/runelight2.png"/>
  </properties>
 </tile>
 <tile id="510" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/runelight3.png"/>
  </properties>
 </tile>
 <tile id="511" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt0.png"/>
  </properties>
 </tile>
 <tile id="512" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt1.png"/>
  </properties>
 </tile>
 <tile id="513" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt2.png"/>
  </properties>
 </tile>
 <tile id="514" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt3.png"/>
  </properties>
 </tile>
 <tile id="515" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt4.png"/>
  </properties>
 </tile>
 <tile id="516" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/salt5.png"/>
  </properties>
 </tile>
 <tile id="517" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand1.png"/>
  </properties>
 </tile>
 <tile id="518" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand2.png"/>
  </properties>
 </tile>
 <tile id="519" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand3.png"/>
  </properties>
 </tile>
 <tile id="520" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand4.png"/>
  </properties>
 </tile>
 <tile id="521" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand5.png"/>
  </properties>
 </tile>
 <tile id="522" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand6.png"/>
  </properties>
 </tile>
 <tile id="523" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand7.png"/>
  </properties>
 </tile>
 <tile id="524" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sand8.png"/>
  </properties>
 </tile>
 <tile id="525" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor0.png"/>
  </properties>
 </tile>
 <tile id="526" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor1.png"/>
  </properties>
 </tile>
 <tile id="527" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor2.png"/>
  </properties>
 </tile>
 <tile id="528" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor3.png"/>
  </properties>
 </tile>
 <tile id="529" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor4.png"/>
  </properties>
 </tile>
 <tile id="530" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor5.png"/>
  </properties>
 </tile>
 <tile id="531" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor6.png"/>
  </properties>
 </tile>
 <tile id="532" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor7.png"/>
  </properties>
 </tile>
 <tile id="533" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor8.png"/>
  </properties>
 </tile>
 <tile id="534" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sandstone_floor9.png"/>
  </properties>
 </tile>
 <tile id="535" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/seismorock0.png"/>
  </properties>
 </tile>
 <tile id="536" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/seismorock1.png"/>
  </properties>
 </tile>
 <tile id="537" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/seismorock2.png"/>
  </properties>
 </tile>
 <tile id="538" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/seismorock3.png"/>
  </properties>
 </tile>
 <tile id="539" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_E.png"/>
  </properties>
 </tile>
 <tile id="540" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_N.png"/>
  </properties>
 </tile>
 <tile id="541" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_S.png"/>
  </properties>
 </tile>
 <tile id="542" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_W.png"/>
  </properties>
 </tile>
 <tile id="543" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_left.png"/>
  </properties>
 </tile>
 <tile id="544" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_Y_right.png"/>
  </properties>
 </tile>
 <tile id="545" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_algiz_left.png"/>
  </properties>
 </tile>
 <tile id="546" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_algiz_right.png"/>
  </properties>
 </tile>
 <tile id="547" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_circle.png"/>
  </properties>
 </tile>
 <tile id="548" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_cross.png"/>
  </properties>
 </tile>
 <tile id="549" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_curve_N_E.png"/>
  </properties>
 </tile>
 <tile id="550" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_curve_N_W.png"/>
  </properties>
 </tile>
 <tile id="551" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_curve_S_E.png"/>
  </properties>
 </tile>
 <tile id="552" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_curve_S_W.png"/>
  </properties>
 </tile>
 <tile id="553" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_rhombus.png"/>
  </properties>
 </tile>
 <tile id="554" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_sharp_E_NE.png"/>
  </properties>
 </tile>
 <tile id="555" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_sharp_W_SW.png"/>
  </properties>
 </tile>
 <tile id="556" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_E_NE_SW.png"/>
  </properties>
 </tile>
 <tile id="557" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_E_W.png"/>
  </properties>
 </tile>
 <tile id="558" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_E_W_NE_NW.png"/>
  </properties>
 </tile>
 <tile id="559" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_NE_SW.png"/>
  </properties>
 </tile>
 <tile id="560" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_NW_SE.png"/>
  </properties>
 </tile>
 <tile id="561" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_straight_N_S.png"/>
  </properties>
 </tile>
 <tile id="562" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_E_NW.png"/>
  </properties>
 </tile>
 <tile id="563" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_E_SW.png"/>
  </properties>
 </tile>
 <tile id="564" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_N_SE.png"/>
  </properties>
 </tile>
 <tile id="565" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_N_SW.png"/>
  </properties>
 </tile>
 <tile id="566" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_S_NE.png"/>
  </properties>
 </tile>
 <tile id="567" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_S_NW.png"/>
  </properties>
 </tile>
 <tile id="568" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_W_NE.png"/>
  </properties>
 </tile>
 <tile id="569" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sigil_wide_W_SE.png"/>
  </properties>
 </tile>
 <tile id="570" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_E.png"/>
  </properties>
 </tile>
 <tile id="571" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_N.png"/>
  </properties>
 </tile>
 <tile id="572" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_NE.png"/>
  </properties>
 </tile>
 <tile id="573" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_NW.png"/>
  </properties>
 </tile>
 <tile id="574" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_S.png"/>
  </properties>
 </tile>
 <tile id="575" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_SE.png"/>
  </properties>
 </tile>
 <tile id="576" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_SW.png"/>
  </properties>
 </tile>
 <tile id="577" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/slime_overlay_W.png"/>
  </properties>
 </tile>
 <tile id="578" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-a0.png"/>
  </properties>
 </tile>
 <tile id="579" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-a1.png"/>
  </properties>
 </tile>
 <tile id="580" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-a2.png"/>
  </properties>
 </tile>
 <tile id="581" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-a3.png"/>
  </properties>
 </tile>
 <tile id="582" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-c0.png"/>
  </properties>
 </tile>
 <tile id="583" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-c1.png"/>
  </properties>
 </tile>
 <tile id="584" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-c2.png"/>
  </properties>
 </tile>
 <tile id="585" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-c3.png"/>
  </properties>
 </tile>
 <tile id="586" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-d0.png"/>
  </properties>
 </tile>
 <tile id="587" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-d1.png"/>
  </properties>
 </tile>
 <tile id="588" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-d2.png"/>
  </properties>
 </tile>
 <tile id="589" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/snake-d3.png"/>
  </properties>
 </tile>
 <tile id="590" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider00.png"/>
  </properties>
 </tile>
 <tile id="591" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider01.png"/>
  </properties>
 </tile>
 <tile id="592" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider02.png"/>
  </properties>
 </tile>
 <tile id="593" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider03.png"/>
  </properties>
 </tile>
 <tile id="594" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider04.png"/>
  </properties>
 </tile>
 <tile id="595" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider05.png"/>
  </properties>
 </tile>
 <tile id="596" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider06.png"/>
  </properties>
 </tile>
 <tile id="597" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider07.png"/>
  </properties>
 </tile>
 <tile id="598" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider08.png"/>
  </properties>
 </tile>
 <tile id="599" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider09.png"/>
  </properties>
 </tile>
 <tile id="600" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider10.png"/>
  </properties>
 </tile>
 <tile id="601" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/spider11.png"/>
  </properties>
 </tile>
 <tile id="602" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin00.png"/>
  </properties>
 </tile>
 <tile id="603" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin01.png"/>
  </properties>
 </tile>
 <tile id="604" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin02.png"/>
  </properties>
 </tile>
 <tile id="605" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin03.png"/>
  </properties>
 </tile>
 <tile id="606" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin04.png"/>
  </properties>
 </tile>
 <tile id="607" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin05.png"/>
  </properties>
 </tile>
 <tile id="608" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin06.png"/>
  </properties>
 </tile>
 <tile id="609" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin07.png"/>
  </properties>
 </tile>
 <tile id="610" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin08.png"/>
  </properties>
 </tile>
 <tile id="611" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin09.png"/>
  </properties>
 </tile>
 <tile id="612" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin10.png"/>
  </properties>
 </tile>
 <tile id="613" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_ruin11.png"/>
  </properties>
 </tile>
 <tile id="614" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares00.png"/>
  </properties>
 </tile>
 <tile id="615" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares01.png"/>
  </properties>
 </tile>
 <tile id="616" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares02.png"/>
  </properties>
 </tile>
 <tile id="617" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares03.png"/>
  </properties>
 </tile>
 <tile id="618" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares04.png"/>
  </properties>
 </tile>
 <tile id="619" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares05.png"/>
  </properties>
 </tile>
 <tile id="620" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares06.png"/>
  </properties>
 </tile>
 <tile id="621" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares07.png"/>
  </properties>
 </tile>
 <tile id="622" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares08.png"/>
  </properties>
 </tile>
 <tile id="623" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares09.png"/>
  </properties>
 </tile>
 <tile id="624" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares10.png"/>
  </properties>
 </tile>
 <tile id="625" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_squares11.png"/>
  </properties>
 </tile>
 <tile id="626" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone00.png"/>
  </properties>
 </tile>
 <tile id="627" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone01.png"/>
  </properties>
 </tile>
 <tile id="628" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone02.png"/>
  </properties>
 </tile>
 <tile id="629" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone03.png"/>
  </properties>
 </tile>
 <tile id="630" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone04.png"/>
  </properties>
 </tile>
 <tile id="631" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone05.png"/>
  </properties>
 </tile>
 <tile id="632" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone06.png"/>
  </properties>
 </tile>
 <tile id="633" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone07.png"/>
  </properties>
 </tile>
 <tile id="634" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone08.png"/>
  </properties>
 </tile>
 <tile id="635" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone09.png"/>
  </properties>
 </tile>
 <tile id="636" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone10.png"/>
  </properties>
 </tile>
 <tile id="637" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/sprouting_stone11.png"/>
  </properties>
 </tile>
 <tile id="638" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio0.png"/>
  </properties>
 </tile>
 <tile id="639" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio1.png"/>
  </properties>
 </tile>
 <tile id="640" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio2.png"/>
  </properties>
 </tile>
 <tile id="641" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio3.png"/>
  </properties>
 </tile>
 <tile id="642" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio4.png"/>
  </properties>
 </tile>
 <tile id="643" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio5.png"/>
  </properties>
 </tile>
 <tile id="644" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio6.png"/>
  </properties>
 </tile>
 <tile id="645" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio7.png"/>
  </properties>
 </tile>
 <tile id="646" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio8.png"/>
  </properties>
 </tile>
 <tile id="647" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/studio9.png"/>
  </properties>
 </tile>
 <tile id="648" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swamp0.png"/>
  </properties>
 </tile>
 <tile id="649" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swamp1.png"/>
  </properties>
 </tile>
 <tile id="650" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swamp2.png"/>
  </properties>
 </tile>
 <tile id="651" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swamp3.png"/>
  </properties>
 </tile>
 <tile id="652" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone0.png"/>
  </properties>
 </tile>
 <tile id="653" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone1.png"/>
  </properties>
 </tile>
 <tile id="654" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone2.png"/>
  </properties>
 </tile>
 <tile id="655" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone3.png"/>
  </properties>
 </tile>
 <tile id="656" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone4.png"/>
  </properties>
 </tile>
 <tile id="657" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone5.png"/>
  </properties>
 </tile>
 <tile id="658" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone6.png"/>
  </properties>
 </tile>
 <tile id="659" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/swirlstone7.png"/>
  </properties>
 </tile>
 <tile id="660" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/tomb0.png"/>
  </properties>
 </tile>
 <tile id="661" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/tomb1.png"/>
  </properties>
 </tile>
 <tile id="662" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/tomb2.png"/>
  </properties>
 </tile>
 <tile id="663" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/tomb3.png"/>
  </properties>
 </tile>
 <tile id="664" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/tutorial_pad.png"/>
  </properties>
 </tile>
 <tile id="665" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor0.png"/>
  </properties>
 </tile>
 <tile id="666" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor1.png"/>
  </properties>
 </tile>
 <tile id="667" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor2.png"/>
  </properties>
 </tile>
 <tile id="668" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor3.png"/>
  </properties>
 </tile>
 <tile id="669" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor4.png"/>
  </properties>
 </tile>
 <tile id="670" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor5.png"/>
  </properties>
 </tile>
 <tile id="671" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/volcanic_floor6.png"/>
  </properties>
 </tile>
 <tile id="672" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble0.png"/>
  </properties>
 </tile>
 <tile id="673" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble1.png"/>
  </properties>
 </tile>
 <tile id="674" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble2.png"/>
  </properties>
 </tile>
 <tile id="675" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble3.png"/>
  </properties>
 </tile>
 <tile id="676" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble4.png"/>
  </properties>
 </tile>
 <tile id="677" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble5.png"/>
  </properties>
 </tile>
 <tile id="678" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble6.png"/>
  </properties>
 </tile>
 <tile id="679" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble7.png"/>
  </properties>
 </tile>
 <tile id="680" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble8.png"/>
  </properties>
 </tile>
 <tile id="681" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/white_marble9.png"/>
  </properties>
 </tile>
 <tile id="682" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds0.png"/>
  </properties>
 </tile>
 <tile id="683" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds1.png"/>
  </properties>
 </tile>
 <tile id="684" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds2.png"/>
  </properties>
 </tile>
 <tile id="685" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds3.png"/>
  </properties>
 </tile>
 <tile id="686" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds4.png"/>
  </properties>
 </tile>
 <tile id="687" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds5.png"/>
  </properties>
 </tile>
 <tile id="688" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds6.png"/>
  </properties>
 </tile>
 <tile id="689" type="floor">
  <properties>
   <property name="class" value="floor"/>
   <property name="origin" value="datasets/dcss/floors/zot_diamonds7.png"/>
  </properties>
 </tile>
 <tile id="690" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss0.png"/>
  </properties>
 </tile>
 <tile id="691" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss1.png"/>
  </properties>
 </tile>
 <tile id="692" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss2.png"/>
  </properties>
 </tile>
 <tile id="693" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss3.png"/>
  </properties>
 </tile>
 <tile id="694" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss4.png"/>
  </properties>
 </tile>
 <tile id="695" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss5.png"/>
  </properties>
 </tile>
 <tile id="696" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss6.png"/>
  </properties>
 </tile>
 <tile id="697" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss7.png"/>
  </properties>
 </tile>
 <tile id="698" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue0.png"/>
  </properties>
 </tile>
 <tile id="699" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue1.png"/>
  </properties>
 </tile>
 <tile id="700" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue2.png"/>
  </properties>
 </tile>
 <tile id="701" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue3.png"/>
  </properties>
 </tile>
 <tile id="702" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue4.png"/>
  </properties>
 </tile>
 <tile id="703" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue5.png"/>
  </properties>
 </tile>
 <tile id="704" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue6.png"/>
  </properties>
 </tile>
 <tile id="705" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_blue7.png"/>
  </properties>
 </tile>
 <tile id="706" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown0.png"/>
  </properties>
 </tile>
 <tile id="707" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown1.png"/>
  </properties>
 </tile>
 <tile id="708" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown2.png"/>
  </properties>
 </tile>
 <tile id="709" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown3.png"/>
  </properties>
 </tile>
 <tile id="710" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown4.png"/>
  </properties>
 </tile>
 <tile id="711" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown5.png"/>
  </properties>
 </tile>
 <tile id="712" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown6.png"/>
  </properties>
 </tile>
 <tile id="713" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_brown7.png"/>
  </properties>
 </tile>
 <tile id="714" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan0.png"/>
  </properties>
 </tile>
 <tile id="715" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan1.png"/>
  </properties>
 </tile>
 <tile id="716" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan2.png"/>
  </properties>
 </tile>
 <tile id="717" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan3.png"/>
  </properties>
 </tile>
 <tile id="718" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan4.png"/>
  </properties>
 </tile>
 <tile id="719" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan5.png"/>
  </properties>
 </tile>
 <tile id="720" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan6.png"/>
  </properties>
 </tile>
 <tile id="721" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_cyan7.png"/>
  </properties>
 </tile>
 <tile id="722" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray0.png"/>
  </properties>
 </tile>
 <tile id="723" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray1.png"/>
  </properties>
 </tile>
 <tile id="724" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray2.png"/>
  </properties>
 </tile>
 <tile id="725" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray3.png"/>
  </properties>
 </tile>
 <tile id="726" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray4.png"/>
  </properties>
 </tile>
 <tile id="727" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray5.png"/>
  </properties>
 </tile>
 <tile id="728" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray6.png"/>
  </properties>
 </tile>
 <tile id="729" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_darkgray7.png"/>
  </properties>
 </tile>
 <tile id="730" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green0.png"/>
  </properties>
 </tile>
 <tile id="731" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green1.png"/>
  </properties>
 </tile>
 <tile id="732" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green2.png"/>
  </properties>
 </tile>
 <tile id="733" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green3.png"/>
  </properties>
 </tile>
 <tile id="734" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green4.png"/>
  </properties>
 </tile>
 <tile id="735" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green5.png"/>
  </properties>
 </tile>
 <tile id="736" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green6.png"/>
  </properties>
 </tile>
 <tile id="737" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_green7.png"/>
  </properties>
 </tile>
 <tile id="738" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue0.png"/>
  </properties>
 </tile>
 <tile id="739" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue1.png"/>
  </properties>
 </tile>
 <tile id="740" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue2.png"/>
  </properties>
 </tile>
 <tile id="741" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue3.png"/>
  </properties>
 </tile>
 <tile id="742" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue4.png"/>
  </properties>
 </tile>
 <tile id="743" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue5.png"/>
  </properties>
 </tile>
 <tile id="744" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue6.png"/>
  </properties>
 </tile>
 <tile id="745" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightblue7.png"/>
  </properties>
 </tile>
 <tile id="746" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan0.png"/>
  </properties>
 </tile>
 <tile id="747" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan1.png"/>
  </properties>
 </tile>
 <tile id="748" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan2.png"/>
  </properties>
 </tile>
 <tile id="749" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan3.png"/>
  </properties>
 </tile>
 <tile id="750" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan4.png"/>
  </properties>
 </tile>
 <tile id="751" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan5.png"/>
  </properties>
 </tile>
 <tile id="752" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan6.png"/>
  </properties>
 </tile>
 <tile id="753" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightcyan7.png"/>
  </properties>
 </tile>
 <tile id="754" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray0.png"/>
  </properties>
 </tile>
 <tile id="755" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray1.png"/>
  </properties>
 </tile>
 <tile id="756" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray2.png"/>
  </properties>
 </tile>
 <tile id="757" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray3.png"/>
  </properties>
 </tile>
 <tile id="758" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray4.png"/>
  </properties>
 </tile>
 <tile id="759" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray5.png"/>
  </properties>
 </tile>
 <tile id="760" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray6.png"/>
  </properties>
 </tile>
 <tile id="761" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgray7.png"/>
  </properties>
 </tile>
 <tile id="762" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen0.png"/>
  </properties>
 </tile>
 <tile id="763" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen1.png"/>
  </properties>
 </tile>
 <tile id="764" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen2.png"/>
  </properties>
 </tile>
 <tile id="765" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen3.png"/>
  </properties>
 </tile>
 <tile id="766" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen4.png"/>
  </properties>
 </tile>
 <tile id="767" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen5.png"/>
  </properties>
 </tile>
 <tile id="768" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen6.png"/>
  </properties>
 </tile>
 <tile id="769" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightgreen7.png"/>
  </properties>
 </tile>
 <tile id="770" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta0.png"/>
  </properties>
 </tile>
 <tile id="771" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta1.png"/>
  </properties>
 </tile>
 <tile id="772" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta2.png"/>
  </properties>
 </tile>
 <tile id="773" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta3.png"/>
  </properties>
 </tile>
 <tile id="774" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta4.png"/>
  </properties>
 </tile>
 <tile id="775" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta5.png"/>
  </properties>
 </tile>
 <tile id="776" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta6.png"/>
  </properties>
 </tile>
 <tile id="777" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightmagenta7.png"/>
  </properties>
 </tile>
 <tile id="778" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred0.png"/>
  </properties>
 </tile>
 <tile id="779" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred1.png"/>
  </properties>
 </tile>
 <tile id="780" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred2.png"/>
  </properties>
 </tile>
 <tile id="781" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred3.png"/>
  </properties>
 </tile>
 <tile id="782" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred4.png"/>
  </properties>
 </tile>
 <tile id="783" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred5.png"/>
  </properties>
 </tile>
 <tile id="784" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred6.png"/>
  </properties>
 </tile>
 <tile id="785" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_lightred7.png"/>
  </properties>
 </tile>
 <tile id="786" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta0.png"/>
  </properties>
 </tile>
 <tile id="787" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta1.png"/>
  </properties>
 </tile>
 <tile id="788" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta2.png"/>
  </properties>
 </tile>
 <tile id="789" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta3.png"/>
  </properties>
 </tile>
 <tile id="790" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta4.png"/>
  </properties>
 </tile>
 <tile id="791" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta5.png"/>
  </properties>
 </tile>
 <tile id="792" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta6.png"/>
  </properties>
 </tile>
 <tile id="793" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_magenta7.png"/>
  </properties>
 </tile>
 <tile id="794" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white0.png"/>
  </properties>
 </tile>
 <tile id="795" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white1.png"/>
  </properties>
 </tile>
 <tile id="796" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white2.png"/>
  </properties>
 </tile>
 <tile id="797" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white3.png"/>
  </properties>
 </tile>
 <tile id="798" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white4.png"/>
  </properties>
 </tile>
 <tile id="799" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white5.png"/>
  </properties>
 </tile>
 <tile id="800" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white6.png"/>
  </properties>
 </tile>
 <tile id="801" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_white7.png"/>
  </properties>
 </tile>
 <tile id="802" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow0.png"/>
  </properties>
 </tile>
 <tile id="803" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow1.png"/>
  </properties>
 </tile>
 <tile id="804" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow2.png"/>
  </properties>
 </tile>
 <tile id="805" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow3.png"/>
  </properties>
 </tile>
 <tile id="806" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow4.png"/>
  </properties>
 </tile>
 <tile id="807" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow5.png"/>
  </properties>
 </tile>
 <tile id="808" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow6.png"/>
  </properties>
 </tile>
 <tile id="809" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/abyss/abyss_yellow7.png"/>
  </properties>
 </tile>
 <tile id="810" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red01.png"/>
  </properties>
 </tile>
 <tile id="811" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red02.png"/>
  </properties>
 </tile>
 <tile id="812" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red03.png"/>
  </properties>
 </tile>
 <tile id="813" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red04.png"/>
  </properties>
 </tile>
 <tile id="814" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red05.png"/>
  </properties>
 </tile>
 <tile id="815" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red06.png"/>
  </properties>
 </tile>
 <tile id="816" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red07.png"/>
  </properties>
 </tile>
 <tile id="817" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bars_red08.png"/>
  </properties>
 </tile>
 <tile id="818" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives0.png"/>
  </properties>
 </tile>
 <tile id="819" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives1.png"/>
  </properties>
 </tile>
 <tile id="820" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives2.png"/>
  </properties>
 </tile>
 <tile id="821" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives3.png"/>
  </properties>
 </tile>
 <tile id="822" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives4.png"/>
  </properties>
 </tile>
 <tile id="823" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives5.png"/>
  </properties>
 </tile>
 <tile id="824" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives6.png"/>
  </properties>
 </tile>
 <tile id="825" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives7.png"/>
  </properties>
 </tile>
 <tile id="826" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives8.png"/>
  </properties>
 </tile>
 <tile id="827" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/beehives9.png"/>
  </properties>
 </tile>
 <tile id="828" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bmaus_stone_wall0.png"/>
  </properties>
 </tile>
 <tile id="829" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bmaus_stone_wall1.png"/>
  </properties>
 </tile>
 <tile id="830" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bmaus_stone_wall2.png"/>
  </properties>
 </tile>
 <tile id="831" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/bmaus_stone_wall3.png"/>
  </properties>
 </tile>
 <tile id="832" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown-vines0.png"/>
  </properties>
 </tile>
 <tile id="833" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown-vines1.png"/>
  </properties>
 </tile>
 <tile id="834" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown-vines2.png"/>
  </properties>
 </tile>
 <tile id="835" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown-vines3.png"/>
  </properties>
 </tile>
 <tile id="836" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown-vines4.png"/>
  </properties>
 </tile>
 <tile id="837" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown0.png"/>
  </properties>
 </tile>
 <tile id="838" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown1.png"/>
  </properties>
 </tile>
 <tile id="839" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown2.png"/>
  </properties>
 </tile>
 <tile id="840" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown3.png"/>
  </properties>
 </tile>
 <tile id="841" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown4.png"/>
  </properties>
 </tile>
 <tile id="842" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown5.png"/>
  </properties>
 </tile>
 <tile id="843" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown6.png"/>
  </properties>
 </tile>
 <tile id="844" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_brown7.png"/>
  </properties>
 </tile>
 <tile id="845" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_0.png"/>
  </properties>
 </tile>
 <tile id="846" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_1.png"/>
  </properties>
 </tile>
 <tile id="847" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_10.png"/>
  </properties>
 </tile>
 <tile id="848" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_11.png"/>
  </properties>
 </tile>
 <tile id="849" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_2.png"/>
  </properties>
 </tile>
 <tile id="850" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_3.png"/>
  </properties>
 </tile>
 <tile id="851" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_4.png"/>
  </properties>
 </tile>
 <tile id="852" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_5.png"/>
  </properties>
 </tile>
 <tile id="853" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_6.png"/>
  </properties>
 </tile>
 <tile id="854" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_7.png"/>
  </properties>
 </tile>
 <tile id="855" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_8.png"/>
  </properties>
 </tile>
 <tile id="856" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_1_9.png"/>
  </properties>
 </tile>
 <tile id="857" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_0.png"/>
  </properties>
 </tile>
 <tile id="858" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_1.png"/>
  </properties>
 </tile>
 <tile id="859" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_10.png"/>
  </properties>
 </tile>
 <tile id="860" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_11.png"/>
  </properties>
 </tile>
 <tile id="861" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_2.png"/>
  </properties>
 </tile>
 <tile id="862" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_3.png"/>
  </properties>
 </tile>
 <tile id="863" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_4.png"/>
  </properties>
 </tile>
 <tile id="864" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_5.png"/>
  </properties>
 </tile>
 <tile id="865" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_6.png"/>
  </properties>
 </tile>
 <tile id="866" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_7.png"/>
  </properties>
 </tile>
 <tile id="867" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_8.png"/>
  </properties>
 </tile>
 <tile id="868" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_2_9.png"/>
  </properties>
 </tile>
 <tile id="869" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_0.png"/>
  </properties>
 </tile>
 <tile id="870" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_1.png"/>
  </properties>
 </tile>
 <tile id="871" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_10.png"/>
  </properties>
 </tile>
 <tile id="872" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_11.png"/>
  </properties>
 </tile>
 <tile id="873" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_12.png"/>
  </properties>
 </tile>
 <tile id="874" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_13.png"/>
  </properties>
 </tile>
 <tile id="875" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_14.png"/>
  </properties>
 </tile>
 <tile id="876" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_15.png"/>
  </properties>
 </tile>
 <tile id="877" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_2.png"/>
  </properties>
 </tile>
 <tile id="878" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_3.png"/>
  </properties>
 </tile>
 <tile id="879" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_4.png"/>
  </properties>
 </tile>
 <tile id="880" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_5.png"/>
  </properties>
 </tile>
 <tile id="881" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_6.png"/>
  </properties>
 </tile>
 <tile id="882" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_7.png"/>
  </properties>
 </tile>
 <tile id="883" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_8.png"/>
  </properties>
 </tile>
 <tile id="884" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_3_9.png"/>
  </properties>
 </tile>
 <tile id="885" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_0.png"/>
  </properties>
 </tile>
 <tile id="886" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_1.png"/>
  </properties>
 </tile>
 <tile id="887" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_10.png"/>
  </properties>
 </tile>
 <tile id="888" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_11.png"/>
  </properties>
 </tile>
 <tile id="889" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_12.png"/>
  </properties>
 </tile>
 <tile id="890" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_13.png"/>
  </properties>
 </tile>
 <tile id="891" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_14.png"/>
  </properties>
 </tile>
 <tile id="892" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_15.png"/>
  </properties>
 </tile>
 <tile id="893" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_2.png"/>
  </properties>
 </tile>
 <tile id="894" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_3.png"/>
  </properties>
 </tile>
 <tile id="895" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_4.png"/>
  </properties>
 </tile>
 <tile id="896" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_5.png"/>
  </properties>
 </tile>
 <tile id="897" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_6.png"/>
  </properties>
 </tile>
 <tile id="898" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_7.png"/>
  </properties>
 </tile>
 <tile id="899" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_8.png"/>
  </properties>
 </tile>
 <tile id="900" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_4_9.png"/>
  </properties>
 </tile>
 <tile id="901" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_0.png"/>
  </properties>
 </tile>
 <tile id="902" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_1.png"/>
  </properties>
 </tile>
 <tile id="903" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_10.png"/>
  </properties>
 </tile>
 <tile id="904" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_11.png"/>
  </properties>
 </tile>
 <tile id="905" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_12.png"/>
  </properties>
 </tile>
 <tile id="906" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_13.png"/>
  </properties>
 </tile>
 <tile id="907" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_14.png"/>
  </properties>
 </tile>
 <tile id="908" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_15.png"/>
  </properties>
 </tile>
 <tile id="909" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_16.png"/>
  </properties>
 </tile>
 <tile id="910" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_17.png"/>
  </properties>
 </tile>
 <tile id="911" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_18.png"/>
  </properties>
 </tile>
 <tile id="912" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_19.png"/>
  </properties>
 </tile>
 <tile id="913" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_2.png"/>
  </properties>
 </tile>
 <tile id="914" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_3.png"/>
  </properties>
 </tile>
 <tile id="915" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_4.png"/>
  </properties>
 </tile>
 <tile id="916" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_5.png"/>
  </properties>
 </tile>
 <tile id="917" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_6.png"/>
  </properties>
 </tile>
 <tile id="918" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_7.png"/>
  </properties>
 </tile>
 <tile id="919" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_8.png"/>
  </properties>
 </tile>
 <tile id="920" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_5_9.png"/>
  </properties>
 </tile>
 <tile id="921" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_0.png"/>
  </properties>
 </tile>
 <tile id="922" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_1.png"/>
  </properties>
 </tile>
 <tile id="923" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_10.png"/>
  </properties>
 </tile>
 <tile id="924" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_11.png"/>
  </properties>
 </tile>
 <tile id="925" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_12.png"/>
  </properties>
 </tile>
 <tile id="926" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_13.png"/>
  </properties>
 </tile>
 <tile id="927" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_14.png"/>
  </properties>
 </tile>
 <tile id="928" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_15.png"/>
  </properties>
 </tile>
 <tile id="929" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_16.png"/>
  </properties>
 </tile>
 <tile id="930" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_17.png"/>
  </properties>
 </tile>
 <tile id="931" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_18.png"/>
  </properties>
 </tile>
 <tile id="932" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_19.png"/>
  </properties>
 </tile>
 <tile id="933" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_2.png"/>
  </properties>
 </tile>
 <tile id="934" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_3.png"/>
  </properties>
 </tile>
 <tile id="935" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_4.png"/>
  </properties>
 </tile>
 <tile id="936" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_5.png"/>
  </properties>
 </tile>
 <tile id="937" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_6.png"/>
  </properties>
 </tile>
 <tile id="938" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_7.png"/>
  </properties>
 </tile>
 <tile id="939" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_8.png"/>
  </properties>
 </tile>
 <tile id="940" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_dark_6_9.png"/>
  </properties>
 </tile>
 <tile id="941" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_gray0.png"/>
  </properties>
 </tile>
 <tile id="942" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_gray1.png"/>
  </properties>
 </tile>
 <tile id="943" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_gray2.png"/>
  </properties>
 </tile>
 <tile id="944" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/brick_gray3.png"/>
  </properties>
 </tile>
 <tile id="945" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs0.png"/>
  </properties>
 </tile>
 <tile id="946" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs1.png"/>
  </properties>
 </tile>
 <tile id="947" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs10.png"/>
  </properties>
 </tile>
 <tile id="948" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs11.png"/>
  </properties>
 </tile>
 <tile id="949" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs12.png"/>
  </properties>
 </tile>
 <tile id="950" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs13.png"/>
  </properties>
 </tile>
 <tile id="951" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs14.png"/>
  </properties>
 </tile>
 <tile id="952" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs15.png"/>
  </properties>
 </tile>
 <tile id="953" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs2.png"/>
  </properties>
 </tile>
 <tile id="954" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs3.png"/>
  </properties>
 </tile>
 <tile id="955" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs4.png"/>
  </properties>
 </tile>
 <tile id="956" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs5.png"/>
  </properties>
 </tile>
 <tile id="957" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs6.png"/>
  </properties>
 </tile>
 <tile id="958" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs7.png"/>
  </properties>
 </tile>
 <tile id="959" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs8.png"/>
  </properties>
 </tile>
 <tile id="960" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/catacombs9.png"/>
  </properties>
 </tile>
 <tile id="961" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/church0.png"/>
  </properties>
 </tile>
 <tile id="962" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/church1.png"/>
  </properties>
 </tile>
 <tile id="963" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/church2.png"/>
  </properties>
 </tile>
 <tile id="964" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/church3.png"/>
  </properties>
 </tile>
 <tile id="965" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/church4.png"/>
  </properties>
 </tile>
 <tile id="966" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_rock1.png"/>
  </properties>
 </tile>
 <tile id="967" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_rock2.png"/>
  </properties>
 </tile>
 <tile id="968" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_rock3.png"/>
  </properties>
 </tile>
 <tile id="969" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_rock4.png"/>
  </properties>
 </tile>
 <tile id="970" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone01.png"/>
  </properties>
 </tile>
 <tile id="971" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone02.png"/>
  </properties>
 </tile>
 <tile id="972" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone03.png"/>
  </properties>
 </tile>
 <tile id="973" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone04.png"/>
  </properties>
 </tile>
 <tile id="974" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone05.png"/>
  </properties>
 </tile>
 <tile id="975" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone06.png"/>
  </properties>
 </tile>
 <tile id="976" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone07.png"/>
  </properties>
 </tile>
 <tile id="977" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone08.png"/>
  </properties>
 </tile>
 <tile id="978" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone09.png"/>
  </properties>
 </tile>
 <tile id="979" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone10.png"/>
  </properties>
 </tile>
 <tile id="980" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone11.png"/>
  </properties>
 </tile>
 <tile id="981" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/cobalt_stone12.png"/>
  </properties>
 </tile>
 <tile id="982" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh0.png"/>
  </properties>
 </tile>
 <tile id="983" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh1.png"/>
  </properties>
 </tile>
 <tile id="984" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh2.png"/>
  </properties>
 </tile>
 <tile id="985" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh3.png"/>
  </properties>
 </tile>
 <tile id="986" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh4.png"/>
  </properties>
 </tile>
 <tile id="987" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh5.png"/>
  </properties>
 </tile>
 <tile id="988" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh6.png"/>
  </properties>
 </tile>
 <tile id="989" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh7.png"/>
  </properties>
 </tile>
 <tile id="990" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh8.png"/>
  </properties>
 </tile>
 <tile id="991" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crucible_of_flesh9.png"/>
  </properties>
 </tile>
 <tile id="992" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt-metal0.png"/>
  </properties>
 </tile>
 <tile id="993" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt-metal1.png"/>
  </properties>
 </tile>
 <tile id="994" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt-metal2.png"/>
  </properties>
 </tile>
 <tile id="995" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt-metal3.png"/>
  </properties>
 </tile>
 <tile id="996" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt-metal4.png"/>
  </properties>
 </tile>
 <tile id="997" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt0.png"/>
  </properties>
 </tile>
 <tile id="998" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt1.png"/>
  </properties>
 </tile>
 <tile id="999" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt2.png"/>
  </properties>
 </tile>
 <tile id="1000" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt3.png"/>
  </properties>
 </tile>
 <tile id="1001" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt4.png"/>
  </properties>
 </tile>
 <tile id="1002" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt5.png"/>
  </properties>
 </tile>
 <tile id="1003" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt6.png"/>
  </properties>
 </tile>
 <tile id="1004" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt7.png"/>
  </properties>
 </tile>
 <tile id="1005" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt8.png"/>
  </properties>
 </tile>
 <tile id="1006" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crypt9.png"/>
  </properties>
 </tile>
 <tile id="1007" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_bookcase0.png"/>
  </properties>
 </tile>
 <tile id="1008" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_bookcase1.png"/>
  </properties>
 </tile>
 <tile id="1009" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_bookcase2.png"/>
  </properties>
 </tile>
 <tile id="1010" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_bookcase3.png"/>
  </properties>
 </tile>
 <tile id="1011" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall00.png"/>
  </properties>
 </tile>
 <tile id="1012" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall01.png"/>
  </properties>
 </tile>
 <tile id="1013" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall02.png"/>
  </properties>
 </tile>
 <tile id="1014" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall03.png"/>
  </properties>
 </tile>
 <tile id="1015" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall04.png"/>
  </properties>
 </tile>
 <tile id="1016" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall05.png"/>
  </properties>
 </tile>
 <tile id="1017" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall06.png"/>
  </properties>
 </tile>
 <tile id="1018" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall07.png"/>
  </properties>
 </tile>
 <tile id="1019" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall08.png"/>
  </properties>
 </tile>
 <tile id="1020" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall09.png"/>
  </properties>
 </tile>
 <tile id="1021" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall10.png"/>
  </properties>
 </tile>
 <tile id="1022" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall11.png"/>
  </properties>
 </tile>
 <tile id="1023" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_blue.png"/>
  </properties>
 </tile>
 <tile id="1024" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_brown.png"/>
  </properties>
 </tile>
 <tile id="1025" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_cyan.png"/>
  </properties>
 </tile>
 <tile id="1026" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_darkgray.png"/>
  </properties>
 </tile>
 <tile id="1027" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_depths_0.png"/>
  </properties>
 </tile>
 <tile id="1028" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_depths_1.png"/>
  </properties>
 </tile>
 <tile id="1029" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_depths_2.png"/>
  </properties>
 </tile>
 <tile id="1030" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_depths_3.png"/>
  </properties>
 </tile>
 <tile id="1031" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_green.png"/>
  </properties>
 </tile>
 <tile id="1032" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightblue.png"/>
  </properties>
 </tile>
 <tile id="1033" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightcyan.png"/>
  </properties>
 </tile>
 <tile id="1034" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightgray.png"/>
  </properties>
 </tile>
 <tile id="1035" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightgreen.png"/>
  </properties>
 </tile>
 <tile id="1036" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightmagenta.png"/>
  </properties>
 </tile>
 <tile id="1037" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_lightred.png"/>
  </properties>
 </tile>
 <tile id="1038" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_magenta.png"/>
  </properties>
 </tile>
 <tile id="1039" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_red.png"/>
  </properties>
 </tile>
 <tile id="1040" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_white.png"/>
  </properties>
 </tile>
 <tile id="1041" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_yellow.png"/>
  </properties>
 </tile>
 <tile id="1042" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_zot_0.png"/>
  </properties>
 </tile>
 <tile id="1043" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_zot_1.png"/>
  </properties>
 </tile>
 <tile id="1044" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/crystal_wall_zot_2.png"/>
  </properties>
 </tile>
 <tile id="1045" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/desolation1.png"/>
  </properties>
 </tile>
 <tile id="1046" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/desolation2.png"/>
  </properties>
 </tile>
 <tile id="1047" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone0.png"/>
  </properties>
 </tile>
 <tile id="1048" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone1.png"/>
  </properties>
 </tile>
 <tile id="1049" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone2.png"/>
  </properties>
 </tile>
 <tile id="1050" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone3.png"/>
  </properties>
 </tile>
 <tile id="1051" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone_runic0.png"/>
  </properties>
 </tile>
 <tile id="1052" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone_runic1.png"/>
  </properties>
 </tile>
 <tile id="1053" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone_runic2.png"/>
  </properties>
 </tile>
 <tile id="1054" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/elf-stone_runic3.png"/>
  </properties>
 </tile>
 <tile id="1055" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald1.png"/>
  </properties>
 </tile>
 <tile id="1056" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald2.png"/>
  </properties>
 </tile>
 <tile id="1057" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald3.png"/>
  </properties>
 </tile>
 <tile id="1058" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald4.png"/>
  </properties>
 </tile>
 <tile id="1059" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald5.png"/>
  </properties>
 </tile>
 <tile id="1060" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald6.png"/>
  </properties>
 </tile>
 <tile id="1061" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald7.png"/>
  </properties>
 </tile>
 <tile id="1062" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/emerald8.png"/>
  </properties>
 </tile>
 <tile id="1063" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock0.png"/>
  </properties>
 </tile>
 <tile id="1064" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock1.png"/>
  </properties>
 </tile>
 <tile id="1065" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock2.png"/>
  </properties>
 </tile>
 <tile id="1066" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock3.png"/>
  </properties>
 </tile>
 <tile id="1067" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock4.png"/>
  </properties>
 </tile>
 <tile id="1068" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock5.png"/>
  </properties>
 </tile>
 <tile id="1069" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock6.png"/>
  </properties>
 </tile>
 <tile id="1070" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/gulch_rock7.png"/>
  </properties>
 </tile>
 <tile id="1071" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell01.png"/>
  </properties>
 </tile>
 <tile id="1072" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell02.png"/>
  </properties>
 </tile>
 <tile id="1073" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell03.png"/>
  </properties>
 </tile>
 <tile id="1074" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell04.png"/>
  </properties>
 </tile>
 <tile id="1075" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell05.png"/>
  </properties>
 </tile>
 <tile id="1076" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell06.png"/>
  </properties>
 </tile>
 <tile id="1077" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell07.png"/>
  </properties>
 </tile>
 <tile id="1078" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell08.png"/>
  </properties>
 </tile>
 <tile id="1079" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell09.png"/>
  </properties>
 </tile>
 <tile id="1080" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell10.png"/>
  </properties>
 </tile>
 <tile id="1081" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/hell11.png"/>
  </properties>
 </tile>
 <tile id="1082" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_block0.png"/>
  </properties>
 </tile>
 <tile id="1083" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_block1.png"/>
  </properties>
 </tile>
 <tile id="1084" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_block2.png"/>
  </properties>
 </tile>
 <tile id="1085" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_block3.png"/>
  </properties>
 </tile>
 <tile id="1086" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_block4.png"/>
  </properties>
 </tile>
 <tile id="1087" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_wall0.png"/>
  </properties>
 </tile>
 <tile id="1088" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_wall1.png"/>
  </properties>
 </tile>
 <tile id="1089" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_wall2.png"/>
  </properties>
 </tile>
 <tile id="1090" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_wall3.png"/>
  </properties>
 </tile>
 <tile id="1091" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/ice_wall4.png"/>
  </properties>
 </tile>
 <tile id="1092" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_stone0.png"/>
  </properties>
 </tile>
 <tile id="1093" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_stone1.png"/>
  </properties>
 </tile>
 <tile id="1094" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_stone2.png"/>
  </properties>
 </tile>
 <tile id="1095" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_stone3.png"/>
  </properties>
 </tile>
 <tile id="1096" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_stone4.png"/>
  </properties>
 </tile>
 <tile id="1097" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_wall_overlay0.png"/>
  </properties>
 </tile>
 <tile id="1098" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_wall_overlay1.png"/>
  </properties>
 </tile>
 <tile id="1099" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_wall_overlay2.png"/>
  </properties>
 </tile>
 <tile id="1100" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/icy_wall_overlay3.png"/>
  </properties>
 </tile>
 <tile id="1101" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron0-0.png"/>
  </properties>
 </tile>
 <tile id="1102" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron0-2.png"/>
  </properties>
 </tile>
 <tile id="1103" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron0-4.png"/>
  </properties>
 </tile>
 <tile id="1104" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron1-1.png"/>
  </properties>
 </tile>
 <tile id="1105" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron1-2.png"/>
  </properties>
 </tile>
 <tile id="1106" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron1-3.png"/>
  </properties>
 </tile>
 <tile id="1107" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron1-4.png"/>
  </properties>
 </tile>
 <tile id="1108" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron2-0.png"/>
  </properties>
 </tile>
 <tile id="1109" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron2-1.png"/>
  </properties>
 </tile>
 <tile id="1110" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron2-2.png"/>
  </properties>
 </tile>
 <tile id="1111" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron2-3.png"/>
  </properties>
 </tile>
 <tile id="1112" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron2-4.png"/>
  </properties>
 </tile>
 <tile id="1113" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron3-0.png"/>
  </properties>
 </tile>
 <tile id="1114" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron3-1.png"/>
  </properties>
 </tile>
 <tile id="1115" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron3-2.png"/>
  </properties>
 </tile>
 <tile id="1116" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron3-3.png"/>
  </properties>
 </tile>
 <tile id="1117" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron4-0.png"/>
  </properties>
 </tile>
 <tile id="1118" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron4-2.png"/>
  </properties>
 </tile>
 <tile id="1119" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron4-3.png"/>
  </properties>
 </tile>
 <tile id="1120" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron5-0.png"/>
  </properties>
 </tile>
 <tile id="1121" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/iron5-2.png"/>
  </properties>
 </tile>
 <tile id="1122" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal0.png"/>
  </properties>
 </tile>
 <tile id="1123" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal1.png"/>
  </properties>
 </tile>
 <tile id="1124" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal2.png"/>
  </properties>
 </tile>
 <tile id="1125" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal3.png"/>
  </properties>
 </tile>
 <tile id="1126" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal4.png"/>
  </properties>
 </tile>
 <tile id="1127" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal5.png"/>
  </properties>
 </tile>
 <tile id="1128" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-metal6.png"/>
  </properties>
 </tile>
 <tile id="1129" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-rock0.png"/>
  </properties>
 </tile>
 <tile id="1130" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-rock1.png"/>
  </properties>
 </tile>
 <tile id="1131" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-rock2.png"/>
  </properties>
 </tile>
 <tile id="1132" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-rock3.png"/>
  </properties>
 </tile>
 <tile id="1133" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone0.png"/>
  </properties>
 </tile>
 <tile id="1134" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone1.png"/>
  </properties>
 </tile>
 <tile id="1135" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone2.png"/>
  </properties>
 </tile>
 <tile id="1136" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone3.png"/>
  </properties>
 </tile>
 <tile id="1137" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone4.png"/>
  </properties>
 </tile>
 <tile id="1138" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lab-stone5.png"/>
  </properties>
 </tile>
 <tile id="1139" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair0.png"/>
  </properties>
 </tile>
 <tile id="1140" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair1.png"/>
  </properties>
 </tile>
 <tile id="1141" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair2.png"/>
  </properties>
 </tile>
 <tile id="1142" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair3.png"/>
  </properties>
 </tile>
 <tile id="1143" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair4.png"/>
  </properties>
 </tile>
 <tile id="1144" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair5.png"/>
  </properties>
 </tile>
 <tile id="1145" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair6.png"/>
  </properties>
 </tile>
 <tile id="1146" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/lair7.png"/>
  </properties>
 </tile>
 <tile id="1147" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall1.png"/>
  </properties>
 </tile>
 <tile id="1148" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall10.png"/>
  </properties>
 </tile>
 <tile id="1149" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall11.png"/>
  </properties>
 </tile>
 <tile id="1150" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall12.png"/>
  </properties>
 </tile>
 <tile id="1151" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall2.png"/>
  </properties>
 </tile>
 <tile id="1152" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall3.png"/>
  </properties>
 </tile>
 <tile id="1153" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall4.png"/>
  </properties>
 </tile>
 <tile id="1154" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall5.png"/>
  </properties>
 </tile>
 <tile id="1155" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall6.png"/>
  </properties>
 </tile>
 <tile id="1156" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall7.png"/>
  </properties>
 </tile>
 <tile id="1157" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall8.png"/>
  </properties>
 </tile>
 <tile id="1158" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/marble_wall9.png"/>
  </properties>
 </tile>
 <tile id="1159" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall.png"/>
  </properties>
 </tile>
 <tile id="1160" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall0.png"/>
  </properties>
 </tile>
 <tile id="1161" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall1.png"/>
  </properties>
 </tile>
 <tile id="1162" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall2.png"/>
  </properties>
 </tile>
 <tile id="1163" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall3.png"/>
  </properties>
 </tile>
 <tile id="1164" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall4.png"/>
  </properties>
 </tile>
 <tile id="1165" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall5.png"/>
  </properties>
 </tile>
 <tile id="1166" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall6.png"/>
  </properties>
 </tile>
 <tile id="1167" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall7.png"/>
  </properties>
 </tile>
 <tile id="1168" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall8.png"/>
  </properties>
 </tile>
 <tile id="1169" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_0.png"/>
  </properties>
 </tile>
 <tile id="1170" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_1.png"/>
  </properties>
 </tile>
 <tile id="1171" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_2.png"/>
  </properties>
 </tile>
 <tile id="1172" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_3.png"/>
  </properties>
 </tile>
 <tile id="1173" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_4.png"/>
  </properties>
 </tile>
 <tile id="1174" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_5.png"/>
  </properties>
 </tile>
 <tile id="1175" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_0.png"/>
  </properties>
 </tile>
 <tile id="1176" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_1.png"/>
  </properties>
 </tile>
 <tile id="1177" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_2.png"/>
  </properties>
 </tile>
 <tile id="1178" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_3.png"/>
  </properties>
 </tile>
 <tile id="1179" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_4.png"/>
  </properties>
 </tile>
 <tile id="1180" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_necropolis_red_5.png"/>
  </properties>
 </tile>
 <tile id="1181" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red0.png"/>
  </properties>
 </tile>
 <tile id="1182" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red1.png"/>
  </properties>
 </tile>
 <tile id="1183" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red2.png"/>
  </properties>
 </tile>
 <tile id="1184" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red3.png"/>
  </properties>
 </tile>
 <tile id="1185" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red4.png"/>
  </properties>
 </tile>
 <tile id="1186" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red5.png"/>
  </properties>
 </tile>
 <tile id="1187" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red6.png"/>
  </properties>
 </tile>
 <tile id="1188" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red7.png"/>
  </properties>
 </tile>
 <tile id="1189" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_red8.png"/>
  </properties>
 </tile>
 <tile id="1190" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_white0.png"/>
  </properties>
 </tile>
 <tile id="1191" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_white1.png"/>
  </properties>
 </tile>
 <tile id="1192" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/metal_wall_white2.png"/>
  </properties>
 </tile>
 <tile id="1193" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/mirrored_wall.png"/>
  </properties>
 </tile>
 <tile id="1194" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc0.png"/>
  </properties>
 </tile>
 <tile id="1195" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc1.png"/>
  </properties>
 </tile>
 <tile id="1196" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc10.png"/>
  </properties>
 </tile>
 <tile id="1197" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc11.png"/>
  </properties>
 </tile>
 <tile id="1198" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc2.png"/>
  </properties>
 </tile>
 <tile id="1199" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc3.png"/>
  </properties>
 </tile>
 <tile id="1200" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc4.png"/>
  </properties>
 </tile>
 <tile id="1201" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc5.png"/>
  </properties>
 </tile>
 <tile id="1202" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc6.png"/>
  </properties>
 </tile>
 <tile id="1203" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc7.png"/>
  </properties>
 </tile>
 <tile id="1204" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc8.png"/>
  </properties>
 </tile>
 <tile id="1205" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/orc9.png"/>
  </properties>
 </tile>
 <tile id="1206" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/pebble_red0.png"/>
  </properties>
 </tile>
 <tile id="1207" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/pebble_red1.png"/>
  </properties>
 </tile>
 <tile id="1208" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/pebble_red2.png"/>
  </properties>
 </tile>
 <tile id="1209" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/pebble_red3.png"/>
  </properties>
 </tile>
 <tile id="1210" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/permarock_clear_red0.png"/>
  </properties>
 </tile>
 <tile id="1211" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/permarock_red0.png"/>
  </properties>
 </tile>
 <tile id="1212" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief0.png"/>
  </properties>
 </tile>
 <tile id="1213" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief1.png"/>
  </properties>
 </tile>
 <tile id="1214" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief2.png"/>
  </properties>
 </tile>
 <tile id="1215" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief3.png"/>
  </properties>
 </tile>
 <tile id="1216" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief_brown0.png"/>
  </properties>
 </tile>
 <tile id="1217" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief_brown1.png"/>
  </properties>
 </tile>
 <tile id="1218" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief_brown2.png"/>
  </properties>
 </tile>
 <tile id="1219" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/relief_brown3.png"/>
  </properties>
 </tile>
 <tile id="1220" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rime_wall0.png"/>
  </properties>
 </tile>
 <tile id="1221" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rime_wall1.png"/>
  </properties>
 </tile>
 <tile id="1222" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rock_wall_crypt0.png"/>
  </properties>
 </tile>
 <tile id="1223" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rock_wall_crypt1.png"/>
  </properties>
 </tile>
 <tile id="1224" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rock_wall_crypt2.png"/>
  </properties>
 </tile>
 <tile id="1225" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/rock_wall_crypt3.png"/>
  </properties>
 </tile>
 <tile id="1226" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall0.png"/>
  </properties>
 </tile>
 <tile id="1227" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall1.png"/>
  </properties>
 </tile>
 <tile id="1228" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall2.png"/>
  </properties>
 </tile>
 <tile id="1229" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall3.png"/>
  </properties>
 </tile>
 <tile id="1230" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall4.png"/>
  </properties>
 </tile>
 <tile id="1231" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall5.png"/>
  </properties>
 </tile>
 <tile id="1232" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall6.png"/>
  </properties>
 </tile>
 <tile id="1233" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall7.png"/>
  </properties>
 </tile>
 <tile id="1234" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall8.png"/>
  </properties>
 </tile>
 <tile id="1235" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/sandstone_wall9.png"/>
  </properties>
 </tile>
 <tile id="1236" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_e.png"/>
  </properties>
 </tile>
 <tile id="1237" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_e_darker.png"/>
  </properties>
 </tile>
 <tile id="1238" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_e_top.png"/>
  </properties>
 </tile>
 <tile id="1239" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_e_top_darker.png"/>
  </properties>
 </tile>
 <tile id="1240" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_n.png"/>
  </properties>
 </tile>
 <tile id="1241" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_n_darker.png"/>
  </properties>
 </tile>
 <tile id="1242" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_ne.png"/>
  </properties>
 </tile>
 <tile id="1243" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_ne_darker.png"/>
  </properties>
 </tile>
 <tile id="1244" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_nw.png"/>
  </properties>
 </tile>
 <tile id="1245" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_nw_darker.png"/>
  </properties>
 </tile>
 <tile id="1246" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_w.png"/>
  </properties>
 </tile>
 <tile id="1247" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_w_darker.png"/>
  </properties>
 </tile>
 <tile id="1248" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_w_top.png"/>
  </properties>
 </tile>
 <tile id="1249" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shadow_w_top_darker.png"/>
  </properties>
 </tile>
 <tile id="1250" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shoals_wall1.png"/>
  </properties>
 </tile>
 <tile id="1251" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shoals_wall2.png"/>
  </properties>
 </tile>
 <tile id="1252" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shoals_wall3.png"/>
  </properties>
 </tile>
 <tile id="1253" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shoals_wall4.png"/>
  </properties>
 </tile>
 <tile id="1254" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shrine_stone_wall0.png"/>
  </properties>
 </tile>
 <tile id="1255" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shrine_stone_wall1.png"/>
  </properties>
 </tile>
 <tile id="1256" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shrine_stone_wall2.png"/>
  </properties>
 </tile>
 <tile id="1257" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/shrine_stone_wall3.png"/>
  </properties>
 </tile>
 <tile id="1258" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/silver_wall.png"/>
  </properties>
 </tile>
 <tile id="1259" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime0.png"/>
  </properties>
 </tile>
 <tile id="1260" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime1.png"/>
  </properties>
 </tile>
 <tile id="1261" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime2.png"/>
  </properties>
 </tile>
 <tile id="1262" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime3.png"/>
  </properties>
 </tile>
 <tile id="1263" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime4.png"/>
  </properties>
 </tile>
 <tile id="1264" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime5.png"/>
  </properties>
 </tile>
 <tile id="1265" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime6.png"/>
  </properties>
 </tile>
 <tile id="1266" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime7.png"/>
  </properties>
 </tile>
 <tile id="1267" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime_stone0.png"/>
  </properties>
 </tile>
 <tile id="1268" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime_stone1.png"/>
  </properties>
 </tile>
 <tile id="1269" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slime_stone2.png"/>
  </properties>
 </tile>
 <tile id="1270" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slimy_transparent_stone0.png"/>
  </properties>
 </tile>
 <tile id="1271" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/slimy_transparent_stone1.png"/>
  </properties>
 </tile>
 <tile id="1272" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake0.png"/>
  </properties>
 </tile>
 <tile id="1273" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake1.png"/>
  </properties>
 </tile>
 <tile id="1274" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake2.png"/>
  </properties>
 </tile>
 <tile id="1275" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake3.png"/>
  </properties>
 </tile>
 <tile id="1276" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake4.png"/>
  </properties>
 </tile>
 <tile id="1277" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake5.png"/>
  </properties>
 </tile>
 <tile id="1278" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake6.png"/>
  </properties>
 </tile>
 <tile id="1279" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake7.png"/>
  </properties>
 </tile>
 <tile id="1280" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake8.png"/>
  </properties>
 </tile>
 <tile id="1281" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/snake9.png"/>
  </properties>
 </tile>
 <tile id="1282" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider00.png"/>
  </properties>
 </tile>
 <tile id="1283" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider01.png"/>
  </properties>
 </tile>
 <tile id="1284" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider02.png"/>
  </properties>
 </tile>
 <tile id="1285" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider03.png"/>
  </properties>
 </tile>
 <tile id="1286" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider04.png"/>
  </properties>
 </tile>
 <tile id="1287" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider05.png"/>
  </properties>
 </tile>
 <tile id="1288" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider06.png"/>
  </properties>
 </tile>
 <tile id="1289" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider07.png"/>
  </properties>
 </tile>
 <tile id="1290" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider08.png"/>
  </properties>
 </tile>
 <tile id="1291" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider09.png"/>
  </properties>
 </tile>
 <tile id="1292" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider10.png"/>
  </properties>
 </tile>
 <tile id="1293" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider11.png"/>
  </properties>
 </tile>
 <tile id="1294" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider12.png"/>
  </properties>
 </tile>
 <tile id="1295" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider13.png"/>
  </properties>
 </tile>
 <tile id="1296" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider14.png"/>
  </properties>
 </tile>
 <tile id="1297" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spider15.png"/>
  </properties>
 </tile>
 <tile id="1298" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/spike_launcher.png"/>
  </properties>
 </tile>
 <tile id="1299" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_brown0.png"/>
  </properties>
 </tile>
 <tile id="1300" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_brown1.png"/>
  </properties>
 </tile>
 <tile id="1301" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_brown2.png"/>
  </properties>
 </tile>
 <tile id="1302" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_brown3.png"/>
  </properties>
 </tile>
 <tile id="1303" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_dark0.png"/>
  </properties>
 </tile>
 <tile id="1304" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_dark1.png"/>
  </properties>
 </tile>
 <tile id="1305" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_dark2.png"/>
  </properties>
 </tile>
 <tile id="1306" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_dark3.png"/>
  </properties>
 </tile>
 <tile id="1307" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_gray0.png"/>
  </properties>
 </tile>
 <tile id="1308" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_gray1.png"/>
  </properties>
 </tile>
 <tile id="1309" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_gray2.png"/>
  </properties>
 </tile>
 <tile id="1310" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone2_gray3.png"/>
  </properties>
 </tile>
 <tile id="1311" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked0.png"/>
  </properties>
 </tile>
 <tile id="1312" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked1.png"/>
  </properties>
 </tile>
 <tile id="1313" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked2.png"/>
  </properties>
 </tile>
 <tile id="1314" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked3.png"/>
  </properties>
 </tile>
 <tile id="1315" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked4.png"/>
  </properties>
 </tile>
 <tile id="1316" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked5.png"/>
  </properties>
 </tile>
 <tile id="1317" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked6.png"/>
  </properties>
 </tile>
 <tile id="1318" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked7.png"/>
  </properties>
 </tile>
 <tile id="1319" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_black_marked8.png"/>
  </properties>
 </tile>
 <tile id="1320" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_dark0.png"/>
  </properties>
 </tile>
 <tile id="1321" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_dark1.png"/>
  </properties>
 </tile>
 <tile id="1322" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_dark2.png"/>
  </properties>
 </tile>
 <tile id="1323" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_dark3.png"/>
  </properties>
 </tile>
 <tile id="1324" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_gray0.png"/>
  </properties>
 </tile>
 <tile id="1325" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_gray1.png"/>
  </properties>
 </tile>
 <tile id="1326" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_gray2.png"/>
  </properties>
 </tile>
 <tile id="1327" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_gray3.png"/>
  </properties>
 </tile>
 <tile id="1328" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_1a.png"/>
  </properties>
 </tile>
 <tile id="1329" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_1b.png"/>
  </properties>
 </tile>
 <tile id="1330" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_2a.png"/>
  </properties>
 </tile>
 <tile id="1331" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_2b.png"/>
  </properties>
 </tile>
 <tile id="1332" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_3a.png"/>
  </properties>
 </tile>
 <tile id="1333" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_3b.png"/>
  </properties>
 </tile>
 <tile id="1334" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_4a.png"/>
  </properties>
 </tile>
 <tile id="1335" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_crackle_4b.png"/>
  </properties>
 </tile>
 <tile id="1336" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_shelf0.png"/>
  </properties>
 </tile>
 <tile id="1337" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_shelf1.png"/>
  </properties>
 </tile>
 <tile id="1338" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_shelf2.png"/>
  </properties>
 </tile>
 <tile id="1339" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_magic_shelf3.png"/>
  </properties>
 </tile>
 <tile id="1340" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_mossy0.png"/>
  </properties>
 </tile>
 <tile id="1341" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_mossy1.png"/>
  </properties>
 </tile>
 <tile id="1342" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_mossy2.png"/>
  </properties>
 </tile>
 <tile id="1343" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_mossy3.png"/>
  </properties>
 </tile>
 <tile id="1344" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_smooth0.png"/>
  </properties>
 </tile>
 <tile id="1345" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_smooth1.png"/>
  </properties>
 </tile>
 <tile id="1346" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_smooth2.png"/>
  </properties>
 </tile>
 <tile id="1347" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_smooth3.png"/>
  </properties>
 </tile>
 <tile id="1348" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_puffball0.png"/>
  </properties>
 </tile>
 <tile id="1349" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_puffball1.png"/>
  </properties>
 </tile>
 <tile id="1350" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_puffball2.png"/>
  </properties>
 </tile>
 <tile id="1351" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_puffball3.png"/>
  </properties>
 </tile>
 <tile id="1352" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_scorched0.png"/>
  </properties>
 </tile>
 <tile id="1353" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_scorched1.png"/>
  </properties>
 </tile>
 <tile id="1354" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_scorched2.png"/>
  </properties>
 </tile>
 <tile id="1355" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/stone_wall_scorched3.png"/>
  </properties>
 </tile>
 <tile id="1356" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio0.png"/>
  </properties>
 </tile>
 <tile id="1357" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio1.png"/>
  </properties>
 </tile>
 <tile id="1358" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio2.png"/>
  </properties>
 </tile>
 <tile id="1359" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio3.png"/>
  </properties>
 </tile>
 <tile id="1360" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio4.png"/>
  </properties>
 </tile>
 <tile id="1361" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/studio5.png"/>
  </properties>
 </tile>
 <tile id="1362" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tomb0.png"/>
  </properties>
 </tile>
 <tile id="1363" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tomb1.png"/>
  </properties>
 </tile>
 <tile id="1364" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tomb2.png"/>
  </properties>
 </tile>
 <tile id="1365" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tomb3.png"/>
  </properties>
 </tile>
 <tile id="1366" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh1.png"/>
  </properties>
 </tile>
 <tile id="1367" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh2.png"/>
  </properties>
 </tile>
 <tile id="1368" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh3.png"/>
  </properties>
 </tile>
 <tile id="1369" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh4.png"/>
  </properties>
 </tile>
 <tile id="1370" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh5.png"/>
  </properties>
 </tile>
 <tile id="1371" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_flesh6.png"/>
  </properties>
 </tile>
 <tile id="1372" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_stone.png"/>
  </properties>
 </tile>
 <tile id="1373" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/transparent_wall.png"/>
  </properties>
 </tile>
 <tile id="1374" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall0.png"/>
  </properties>
 </tile>
 <tile id="1375" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall1.png"/>
  </properties>
 </tile>
 <tile id="1376" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall2.png"/>
  </properties>
 </tile>
 <tile id="1377" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall3.png"/>
  </properties>
 </tile>
 <tile id="1378" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall4.png"/>
  </properties>
 </tile>
 <tile id="1379" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall5.png"/>
  </properties>
 </tile>
 <tile id="1380" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/tukima_marble_wall6.png"/>
  </properties>
 </tile>
 <tile id="1381" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead0.png"/>
  </properties>
 </tile>
 <tile id="1382" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead1.png"/>
  </properties>
 </tile>
 <tile id="1383" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead2.png"/>
  </properties>
 </tile>
 <tile id="1384" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead3.png"/>
  </properties>
 </tile>
 <tile id="1385" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead_brown0.png"/>
  </properties>
 </tile>
 <tile id="1386" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead_brown1.png"/>
  </properties>
 </tile>
 <tile id="1387" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead_brown2.png"/>
  </properties>
 </tile>
 <tile id="1388" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/undead_brown3.png"/>
  </properties>
 </tile>
 <tile id="1389" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault0.png"/>
  </properties>
 </tile>
 <tile id="1390" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault1.png"/>
  </properties>
 </tile>
 <tile id="1391" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault2.png"/>
  </properties>
 </tile>
 <tile id="1392" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault3.png"/>
  </properties>
 </tile>
 <tile id="1393" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone00.png"/>
  </properties>
 </tile>
 <tile id="1394" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone01.png"/>
  </properties>
 </tile>
 <tile id="1395" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone02.png"/>
  </properties>
 </tile>
 <tile id="1396" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone03.png"/>
  </properties>
 </tile>
 <tile id="1397" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone04.png"/>
  </properties>
 </tile>
 <tile id="1398" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone05.png"/>
  </properties>
 </tile>
 <tile id="1399" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone06.png"/>
  </properties>
 </tile>
 <tile id="1400" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone07.png"/>
  </properties>
 </tile>
 <tile id="1401" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone08.png"/>
  </properties>
 </tile>
 <tile id="1402" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone09.png"/>
  </properties>
 </tile>
 <tile id="1403" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone10.png"/>
  </properties>
 </tile>
 <tile id="1404" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone11.png"/>
  </properties>
 </tile>
 <tile id="1405" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone12.png"/>
  </properties>
 </tile>
 <tile id="1406" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone13.png"/>
  </properties>
 </tile>
 <tile id="1407" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone14.png"/>
  </properties>
 </tile>
 <tile id="1408" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vault_stone15.png"/>
  </properties>
 </tile>
 <tile id="1409" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-crystal0.png"/>
  </properties>
 </tile>
 <tile id="1410" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-crystal1.png"/>
  </properties>
 </tile>
 <tile id="1411" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-crystal2.png"/>
  </properties>
 </tile>
 <tile id="1412" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-crystal3.png"/>
  </properties>
 </tile>
 <tile id="1413" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal0.png"/>
  </properties>
 </tile>
 <tile id="1414" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal1.png"/>
  </properties>
 </tile>
 <tile id="1415" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal2.png"/>
  </properties>
 </tile>
 <tile id="1416" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal3.png"/>
  </properties>
 </tile>
 <tile id="1417" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal4.png"/>
  </properties>
 </tile>
 <tile id="1418" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal5.png"/>
  </properties>
 </tile>
 <tile id="1419" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal6.png"/>
  </properties>
 </tile>
 <tile id="1420" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal7.png"/>
  </properties>
 </tile>
 <tile id="1421" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/vaults-metal8.png"/>
  </properties>
 </tile>
 <tile id="1422" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall0.png"/>
  </properties>
 </tile>
 <tile id="1423" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall1.png"/>
  </properties>
 </tile>
 <tile id="1424" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall2.png"/>
  </properties>
 </tile>
 <tile id="1425" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall3.png"/>
  </properties>
 </tile>
 <tile id="1426" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall4.png"/>
  </properties>
 </tile>
 <tile id="1427" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall5.png"/>
  </properties>
 </tile>
 <tile id="1428" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/volcanic_wall6.png"/>
  </properties>
 </tile>
 <tile id="1429" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful0.png"/>
  </properties>
 </tile>
 <tile id="1430" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful1.png"/>
  </properties>
 </tile>
 <tile id="1431" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful2.png"/>
  </properties>
 </tile>
 <tile id="1432" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful3.png"/>
  </properties>
 </tile>
 <tile id="1433" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful4.png"/>
  </properties>
 </tile>
 <tile id="1434" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_baleful5.png"/>
  </properties>
 </tile>
 <tile id="1435" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_clear_permarock_necropolis0.png"/>
  </properties>
 </tile>
 <tile id="1436" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_clear_permarock_necropolis1.png"/>
  </properties>
 </tile>
 <tile id="1437" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_clear_permarock_necropolis2.png"/>
  </properties>
 </tile>
 <tile id="1438" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_clear_permarock_necropolis3.png"/>
  </properties>
 </tile>
 <tile id="1439" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh0.png"/>
  </properties>
 </tile>
 <tile id="1440" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh1.png"/>
  </properties>
 </tile>
 <tile id="1441" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh2.png"/>
  </properties>
 </tile>
 <tile id="1442" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh3.png"/>
  </properties>
 </tile>
 <tile id="1443" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh4.png"/>
  </properties>
 </tile>
 <tile id="1444" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh5.png"/>
  </properties>
 </tile>
 <tile id="1445" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_flesh6.png"/>
  </properties>
 </tile>
 <tile id="1446" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows0.png"/>
  </properties>
 </tile>
 <tile id="1447" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows1.png"/>
  </properties>
 </tile>
 <tile id="1448" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows2.png"/>
  </properties>
 </tile>
 <tile id="1449" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows3.png"/>
  </properties>
 </tile>
 <tile id="1450" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows4.png"/>
  </properties>
 </tile>
 <tile id="1451" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_hall_shadows5.png"/>
  </properties>
 </tile>
 <tile id="1452" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths0.png"/>
  </properties>
 </tile>
 <tile id="1453" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths1.png"/>
  </properties>
 </tile>
 <tile id="1454" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths2.png"/>
  </properties>
 </tile>
 <tile id="1455" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths_leafy0.png"/>
  </properties>
 </tile>
 <tile id="1456" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths_leafy1.png"/>
  </properties>
 </tile>
 <tile id="1457" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths_leafy2.png"/>
  </properties>
 </tile>
 <tile id="1458" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_depths_leafy3.png"/>
  </properties>
 </tile>
 <tile id="1459" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_gulch0.png"/>
  </properties>
 </tile>
 <tile id="1460" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_gulch1.png"/>
  </properties>
 </tile>
 <tile id="1461" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_gulch2.png"/>
  </properties>
 </tile>
 <tile id="1462" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_gulch3.png"/>
  </properties>
 </tile>
 <tile id="1463" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_steel_blood0.png"/>
  </properties>
 </tile>
 <tile id="1464" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_steel_blood1.png"/>
  </properties>
 </tile>
 <tile id="1465" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_steel_blood2.png"/>
  </properties>
 </tile>
 <tile id="1466" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_steel_blood3.png"/>
  </properties>
 </tile>
 <tile id="1467" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_steel_blood4.png"/>
  </properties>
 </tile>
 <tile id="1468" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_zot0.png"/>
  </properties>
 </tile>
 <tile id="1469" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_zot1.png"/>
  </properties>
 </tile>
 <tile id="1470" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_zot2.png"/>
  </properties>
 </tile>
 <tile id="1471" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_metal_zot3.png"/>
  </properties>
 </tile>
 <tile id="1472" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon0.png"/>
  </properties>
 </tile>
 <tile id="1473" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon1.png"/>
  </properties>
 </tile>
 <tile id="1474" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon2.png"/>
  </properties>
 </tile>
 <tile id="1475" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon3.png"/>
  </properties>
 </tile>
 <tile id="1476" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon4.png"/>
  </properties>
 </tile>
 <tile id="1477" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon5.png"/>
  </properties>
 </tile>
 <tile id="1478" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_moon6.png"/>
  </properties>
 </tile>
 <tile id="1479" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_oozing0.png"/>
  </properties>
 </tile>
 <tile id="1480" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_oozing1.png"/>
  </properties>
 </tile>
 <tile id="1481" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_oozing2.png"/>
  </properties>
 </tile>
 <tile id="1482" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_oozing3.png"/>
  </properties>
 </tile>
 <tile id="1483" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a0.png"/>
  </properties>
 </tile>
 <tile id="1484" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a1.png"/>
  </properties>
 </tile>
 <tile id="1485" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a2.png"/>
  </properties>
 </tile>
 <tile id="1486" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a3.png"/>
  </properties>
 </tile>
 <tile id="1487" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a4.png"/>
  </properties>
 </tile>
 <tile id="1488" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a5.png"/>
  </properties>
 </tile>
 <tile id="1489" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a6.png"/>
  </properties>
 </tile>
 <tile id="1490" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_a7.png"/>
  </properties>
 </tile>
 <tile id="1491" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b0.png"/>
  </properties>
 </tile>
 <tile id="1492" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b1.png"/>
  </properties>
 </tile>
 <tile id="1493" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b2.png"/>
  </properties>
 </tile>
 <tile id="1494" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b3.png"/>
  </properties>
 </tile>
 <tile id="1495" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b4.png"/>
  </properties>
 </tile>
 <tile id="1496" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b5.png"/>
  </properties>
 </tile>
 <tile id="1497" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b6.png"/>
  </properties>
 </tile>
 <tile id="1498" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_b7.png"/>
  </properties>
 </tile>
 <tile id="1499" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c0.png"/>
  </properties>
 </tile>
 <tile id="1500" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c1.png"/>
  </properties>
 </tile>
 <tile id="1501" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c2.png"/>
  </properties>
 </tile>
 <tile id="1502" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c3.png"/>
  </properties>
 </tile>
 <tile id="1503" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c4.png"/>
  </properties>
 </tile>
 <tile id="1504" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c5.png"/>
  </properties>
 </tile>
 <tile id="1505" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c6.png"/>
  </properties>
 </tile>
 <tile id="1506" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_abyss_c7.png"/>
  </properties>
 </tile>
 <tile id="1507" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths0.png"/>
  </properties>
 </tile>
 <tile id="1508" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths1.png"/>
  </properties>
 </tile>
 <tile id="1509" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths2.png"/>
  </properties>
 </tile>
 <tile id="1510" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths3.png"/>
  </properties>
 </tile>
 <tile id="1511" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths4.png"/>
  </properties>
 </tile>
 <tile id="1512" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry0.png"/>
  </properties>
 </tile>
 <tile id="1513" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry1.png"/>
  </properties>
 </tile>
 <tile id="1514" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry2.png"/>
  </properties>
 </tile>
 <tile id="1515" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry3.png"/>
  </properties>
 </tile>
 <tile id="1516" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry4.png"/>
  </properties>
 </tile>
 <tile id="1517" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_depths_entry5.png"/>
  </properties>
 </tile>
 <tile id="1518" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_flesh_cage0.png"/>
  </properties>
 </tile>
 <tile id="1519" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_flesh_cage1.png"/>
  </properties>
 </tile>
 <tile id="1520" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_flesh_cage2.png"/>
  </properties>
 </tile>
 <tile id="1521" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_flesh_cage3.png"/>
  </properties>
 </tile>
 <tile id="1522" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_flesh_cage4.png"/>
  </properties>
 </tile>
 <tile id="1523" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch0.png"/>
  </properties>
 </tile>
 <tile id="1524" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch1.png"/>
  </properties>
 </tile>
 <tile id="1525" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch2.png"/>
  </properties>
 </tile>
 <tile id="1526" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch3.png"/>
  </properties>
 </tile>
 <tile id="1527" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch4.png"/>
  </properties>
 </tile>
 <tile id="1528" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch5.png"/>
  </properties>
 </tile>
 <tile id="1529" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch6.png"/>
  </properties>
 </tile>
 <tile id="1530" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_gulch7.png"/>
  </properties>
 </tile>
 <tile id="1531" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_lair0.png"/>
  </properties>
 </tile>
 <tile id="1532" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_lair1.png"/>
  </properties>
 </tile>
 <tile id="1533" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_lair2.png"/>
  </properties>
 </tile>
 <tile id="1534" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_lair3.png"/>
  </properties>
 </tile>
 <tile id="1535" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_1.png"/>
  </properties>
 </tile>
 <tile id="1536" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_10.png"/>
  </properties>
 </tile>
 <tile id="1537" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_2.png"/>
  </properties>
 </tile>
 <tile id="1538" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_3.png"/>
  </properties>
 </tile>
 <tile id="1539" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_4.png"/>
  </properties>
 </tile>
 <tile id="1540" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_5.png"/>
  </properties>
 </tile>
 <tile id="1541" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_6.png"/>
  </properties>
 </tile>
 <tile id="1542" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_7.png"/>
  </properties>
 </tile>
 <tile id="1543" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_8.png"/>
  </properties>
 </tile>
 <tile id="1544" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_necropolis_9.png"/>
  </properties>
 </tile>
 <tile id="1545" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_orc0.png"/>
  </properties>
 </tile>
 <tile id="1546" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_orc1.png"/>
  </properties>
 </tile>
 <tile id="1547" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_orc2.png"/>
  </properties>
 </tile>
 <tile id="1548" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_orc3.png"/>
  </properties>
 </tile>
 <tile id="1549" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_ossuary0.png"/>
  </properties>
 </tile>
 <tile id="1550" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_ossuary1.png"/>
  </properties>
 </tile>
 <tile id="1551" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_ossuary2.png"/>
  </properties>
 </tile>
 <tile id="1552" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_ossuary3.png"/>
  </properties>
 </tile>
 <tile id="1553" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pan0.png"/>
  </properties>
 </tile>
 <tile id="1554" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pan1.png"/>
  </properties>
 </tile>
 <tile id="1555" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pan2.png"/>
  </properties>
 </tile>
 <tile id="1556" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pan3.png"/>
  </properties>
 </tile>
 <tile id="1557" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pyre0.png"/>
  </properties>
 </tile>
 <tile id="1558" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pyre1.png"/>
  </properties>
 </tile>
 <tile id="1559" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pyre2.png"/>
  </properties>
 </tile>
 <tile id="1560" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pyre3.png"/>
  </properties>
 </tile>
 <tile id="1561" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_pyre4.png"/>
  </properties>
 </tile>
 <tile id="1562" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shadow_mesh0.png"/>
  </properties>
 </tile>
 <tile id="1563" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shadow_mesh1.png"/>
  </properties>
 </tile>
 <tile id="1564" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shadow_mesh2.png"/>
  </properties>
 </tile>
 <tile id="1565" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shadow_mesh3.png"/>
  </properties>
 </tile>
 <tile id="1566" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shadow_mesh4.png"/>
  </properties>
 </tile>
 <tile id="1567" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shoals0.png"/>
  </properties>
 </tile>
 <tile id="1568" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shoals1.png"/>
  </properties>
 </tile>
 <tile id="1569" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shoals2.png"/>
  </properties>
 </tile>
 <tile id="1570" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shoals3.png"/>
  </properties>
 </tile>
 <tile id="1571" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_shoals4.png"/>
  </properties>
 </tile>
 <tile id="1572" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_snake0.png"/>
  </properties>
 </tile>
 <tile id="1573" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_snake1.png"/>
  </properties>
 </tile>
 <tile id="1574" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_snake2.png"/>
  </properties>
 </tile>
 <tile id="1575" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_snake3.png"/>
  </properties>
 </tile>
 <tile id="1576" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_spider0.png"/>
  </properties>
 </tile>
 <tile id="1577" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_spider1.png"/>
  </properties>
 </tile>
 <tile id="1578" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_spider2.png"/>
  </properties>
 </tile>
 <tile id="1579" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_stone_spider3.png"/>
  </properties>
 </tile>
 <tile id="1580" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines0.png"/>
  </properties>
 </tile>
 <tile id="1581" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines1.png"/>
  </properties>
 </tile>
 <tile id="1582" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines2.png"/>
  </properties>
 </tile>
 <tile id="1583" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines3.png"/>
  </properties>
 </tile>
 <tile id="1584" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines4.png"/>
  </properties>
 </tile>
 <tile id="1585" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines5.png"/>
  </properties>
 </tile>
 <tile id="1586" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/wall_vines6.png"/>
  </properties>
 </tile>
 <tile id="1587" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop0.png"/>
  </properties>
 </tile>
 <tile id="1588" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop1.png"/>
  </properties>
 </tile>
 <tile id="1589" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop2.png"/>
  </properties>
 </tile>
 <tile id="1590" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop2b.png"/>
  </properties>
 </tile>
 <tile id="1591" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop3.png"/>
  </properties>
 </tile>
 <tile id="1592" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/workshop3b.png"/>
  </properties>
 </tile>
 <tile id="1593" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_blue0.png"/>
  </properties>
 </tile>
 <tile id="1594" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_blue1.png"/>
  </properties>
 </tile>
 <tile id="1595" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_blue2.png"/>
  </properties>
 </tile>
 <tile id="1596" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_blue3.png"/>
  </properties>
 </tile>
 <tile id="1597" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last00.png"/>
  </properties>
 </tile>
 <tile id="1598" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last01.png"/>
  </properties>
 </tile>
 <tile id="1599" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last02.png"/>
  </properties>
 </tile>
 <tile id="1600" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last03.png"/>
  </properties>
 </tile>
 <tile id="1601" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last04.png"/>
  </properties>
 </tile>
 <tile id="1602" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last05.png"/>
  </properties>
 </tile>
 <tile id="1603" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last06.png"/>
  </properties>
 </tile>
 <tile id="1604" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last07.png"/>
  </properties>
 </tile>
 <tile id="1605" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last08.png"/>
  </properties>
 </tile>
 <tile id="1606" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last09.png"/>
  </properties>
 </tile>
 <tile id="1607" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last10.png"/>
  </properties>
 </tile>
 <tile id="1608" type="wall">
  <properties>
   <property name="class" value="wall"/>
   <property name="origin" value="datasets/dcss/walls/zot_stone_last11.png"/>
  </properties>
 </tile>
</tileset>
